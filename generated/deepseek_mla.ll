; ModuleID = 'deepseek_mla'
source_filename = "deepseek_mla"
target triple = "x86_64-unknown-linux-gnu"

@deepseek_mla.name = private unnamed_addr constant [13 x i8] c"deepseek_mla\00"
@deepseek_mla.spec = private unnamed_addr constant [392 x i8] c"attncc: 1\0Aname: deepseek_mla\0Aphase: decode\0Akind: self\0Aheads: {q: 128, kv: 128, dim: 192, v_dim: 128}\0Atypes: {q: bf16, cache: bf16, out: bf16}\0Ascale: auto\0Acache: {store: latent, layout: contiguous, order: token_major, capacity: 16384, latent_dim: 512, rope_dim: 64, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 61, d_model: 7168}\0A\00"
@deepseek_mla_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32 } { i32 5, i32 1, i64 -5563823977153995433, ptr @deepseek_mla.name, ptr @deepseek_mla.spec, i32 128, i32 128, i32 192, i32 128, i32 2, i32 2, i32 2, i32 0, i32 0, i32 0, i32 16384, i32 1, i32 0, float 0x3FB279A740000000, i32 3, i32 576, i32 64, ptr null, i32 0, i32 0 }, align 8
@deepseek_mla_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @deepseek_mla_info_data, ptr @deepseek_mla_tile, i32 1, i32 32, i32 16, i32 256, i32 1, i32 512, ptr @deepseek_mla_project }, align 8

; Function Attrs: nounwind
define internal void @deepseek_mla_project(ptr %0, ptr %1, i64 %2) #0 {
entry:
  %head = srem i64 %2, 128
  %3 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %3, align 8
  %4 = mul i64 %2, 256
  %5 = getelementptr i8, ptr %out, i64 %4
  %6 = getelementptr i8, ptr %0, i64 112
  %w_out = load ptr, ptr %6, align 8
  %7 = getelementptr i8, ptr %0, i64 120
  %out_bias = load ptr, ptr %7, align 8
  %8 = icmp ne ptr %1, null
  %nk = select i1 %8, i64 512, i64 0
  %9 = icmp ne ptr %out_bias, null
  %10 = and i1 %8, %9
  %col = mul i64 %head, 128
  br label %proj_k

proj_k:                                           ; preds = %body, %entry
  %pacc.sroa.42.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %39, %body ]
  %pacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %36, %body ]
  %pacc.sroa.30.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %33, %body ]
  %pacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %30, %body ]
  %pacc.sroa.18.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %27, %body ]
  %pacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %24, %body ]
  %pacc.sroa.6.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %21, %body ]
  %pacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %entry ], [ %18, %body ]
  %proj_k1 = phi i64 [ 0, %entry ], [ %40, %body ]
  %11 = icmp slt i64 %proj_k1, %nk
  br i1 %11, label %body, label %exit

body:                                             ; preds = %proj_k
  %12 = getelementptr float, ptr %1, i64 %proj_k1
  %uk = load float, ptr %12, align 4
  %13 = insertelement <16 x float> poison, float %uk, i32 0
  %splat = shufflevector <16 x float> %13, <16 x float> poison, <16 x i32> zeroinitializer
  %14 = mul i64 %proj_k1, 16384
  %15 = add i64 %14, %col
  %16 = getelementptr float, ptr %w_out, i64 %15
  %17 = load <16 x float>, ptr %16, align 4
  %18 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %17, <16 x float> %pacc.sroa.0.0)
  %19 = getelementptr float, ptr %16, i64 16
  %20 = load <16 x float>, ptr %19, align 4
  %21 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %20, <16 x float> %pacc.sroa.6.0)
  %22 = getelementptr float, ptr %16, i64 32
  %23 = load <16 x float>, ptr %22, align 4
  %24 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %23, <16 x float> %pacc.sroa.12.0)
  %25 = getelementptr float, ptr %16, i64 48
  %26 = load <16 x float>, ptr %25, align 4
  %27 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %26, <16 x float> %pacc.sroa.18.0)
  %28 = getelementptr float, ptr %16, i64 64
  %29 = load <16 x float>, ptr %28, align 4
  %30 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %29, <16 x float> %pacc.sroa.24.0)
  %31 = getelementptr float, ptr %16, i64 80
  %32 = load <16 x float>, ptr %31, align 4
  %33 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %32, <16 x float> %pacc.sroa.30.0)
  %34 = getelementptr float, ptr %16, i64 96
  %35 = load <16 x float>, ptr %34, align 4
  %36 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %35, <16 x float> %pacc.sroa.36.0)
  %37 = getelementptr float, ptr %16, i64 112
  %38 = load <16 x float>, ptr %37, align 4
  %39 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat, <16 x float> %38, <16 x float> %pacc.sroa.42.0)
  %40 = add nsw i64 %proj_k1, 1
  br label %proj_k

exit:                                             ; preds = %proj_k
  br i1 %10, label %bias, label %join

bias:                                             ; preds = %exit
  %41 = getelementptr float, ptr %out_bias, i64 %col
  %42 = load <16 x float>, ptr %41, align 4
  %43 = fadd <16 x float> %pacc.sroa.0.0, %42
  %44 = add i64 %col, 16
  %45 = getelementptr float, ptr %out_bias, i64 %44
  %46 = load <16 x float>, ptr %45, align 4
  %47 = fadd <16 x float> %pacc.sroa.6.0, %46
  %48 = add i64 %col, 32
  %49 = getelementptr float, ptr %out_bias, i64 %48
  %50 = load <16 x float>, ptr %49, align 4
  %51 = fadd <16 x float> %pacc.sroa.12.0, %50
  %52 = add i64 %col, 48
  %53 = getelementptr float, ptr %out_bias, i64 %52
  %54 = load <16 x float>, ptr %53, align 4
  %55 = fadd <16 x float> %pacc.sroa.18.0, %54
  %56 = add i64 %col, 64
  %57 = getelementptr float, ptr %out_bias, i64 %56
  %58 = load <16 x float>, ptr %57, align 4
  %59 = fadd <16 x float> %pacc.sroa.24.0, %58
  %60 = add i64 %col, 80
  %61 = getelementptr float, ptr %out_bias, i64 %60
  %62 = load <16 x float>, ptr %61, align 4
  %63 = fadd <16 x float> %pacc.sroa.30.0, %62
  %64 = add i64 %col, 96
  %65 = getelementptr float, ptr %out_bias, i64 %64
  %66 = load <16 x float>, ptr %65, align 4
  %67 = fadd <16 x float> %pacc.sroa.36.0, %66
  %68 = add i64 %col, 112
  %69 = getelementptr float, ptr %out_bias, i64 %68
  %70 = load <16 x float>, ptr %69, align 4
  %71 = fadd <16 x float> %pacc.sroa.42.0, %70
  br label %join

join:                                             ; preds = %bias, %exit
  %pacc.sroa.42.1 = phi <16 x float> [ %71, %bias ], [ %pacc.sroa.42.0, %exit ]
  %pacc.sroa.36.1 = phi <16 x float> [ %67, %bias ], [ %pacc.sroa.36.0, %exit ]
  %pacc.sroa.30.1 = phi <16 x float> [ %63, %bias ], [ %pacc.sroa.30.0, %exit ]
  %pacc.sroa.24.1 = phi <16 x float> [ %59, %bias ], [ %pacc.sroa.24.0, %exit ]
  %pacc.sroa.18.1 = phi <16 x float> [ %55, %bias ], [ %pacc.sroa.18.0, %exit ]
  %pacc.sroa.12.1 = phi <16 x float> [ %51, %bias ], [ %pacc.sroa.12.0, %exit ]
  %pacc.sroa.6.1 = phi <16 x float> [ %47, %bias ], [ %pacc.sroa.6.0, %exit ]
  %pacc.sroa.0.1 = phi <16 x float> [ %43, %bias ], [ %pacc.sroa.0.0, %exit ]
  %72 = bitcast <16 x float> %pacc.sroa.0.1 to <16 x i32>
  %73 = lshr <16 x i32> %72, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %74 = and <16 x i32> %73, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %75 = add <16 x i32> %74, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %76 = add <16 x i32> %72, %75
  %77 = lshr <16 x i32> %76, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %78 = fcmp uno <16 x float> %pacc.sroa.0.1, %pacc.sroa.0.1
  %79 = or <16 x i32> %73, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %80 = select <16 x i1> %78, <16 x i32> %79, <16 x i32> %77
  %81 = trunc <16 x i32> %80 to <16 x i16>
  store <16 x i16> %81, ptr %5, align 2
  %82 = getelementptr i8, ptr %5, i64 32
  %83 = bitcast <16 x float> %pacc.sroa.6.1 to <16 x i32>
  %84 = lshr <16 x i32> %83, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %85 = and <16 x i32> %84, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %86 = add <16 x i32> %85, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %87 = add <16 x i32> %83, %86
  %88 = lshr <16 x i32> %87, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %89 = fcmp uno <16 x float> %pacc.sroa.6.1, %pacc.sroa.6.1
  %90 = or <16 x i32> %84, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %91 = select <16 x i1> %89, <16 x i32> %90, <16 x i32> %88
  %92 = trunc <16 x i32> %91 to <16 x i16>
  store <16 x i16> %92, ptr %82, align 2
  %93 = getelementptr i8, ptr %5, i64 64
  %94 = bitcast <16 x float> %pacc.sroa.12.1 to <16 x i32>
  %95 = lshr <16 x i32> %94, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %96 = and <16 x i32> %95, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %97 = add <16 x i32> %96, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %98 = add <16 x i32> %94, %97
  %99 = lshr <16 x i32> %98, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %100 = fcmp uno <16 x float> %pacc.sroa.12.1, %pacc.sroa.12.1
  %101 = or <16 x i32> %95, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %102 = select <16 x i1> %100, <16 x i32> %101, <16 x i32> %99
  %103 = trunc <16 x i32> %102 to <16 x i16>
  store <16 x i16> %103, ptr %93, align 2
  %104 = getelementptr i8, ptr %5, i64 96
  %105 = bitcast <16 x float> %pacc.sroa.18.1 to <16 x i32>
  %106 = lshr <16 x i32> %105, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %107 = and <16 x i32> %106, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %108 = add <16 x i32> %107, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %109 = add <16 x i32> %105, %108
  %110 = lshr <16 x i32> %109, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %111 = fcmp uno <16 x float> %pacc.sroa.18.1, %pacc.sroa.18.1
  %112 = or <16 x i32> %106, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %113 = select <16 x i1> %111, <16 x i32> %112, <16 x i32> %110
  %114 = trunc <16 x i32> %113 to <16 x i16>
  store <16 x i16> %114, ptr %104, align 2
  %115 = getelementptr i8, ptr %5, i64 128
  %116 = bitcast <16 x float> %pacc.sroa.24.1 to <16 x i32>
  %117 = lshr <16 x i32> %116, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %118 = and <16 x i32> %117, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %119 = add <16 x i32> %118, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %120 = add <16 x i32> %116, %119
  %121 = lshr <16 x i32> %120, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %122 = fcmp uno <16 x float> %pacc.sroa.24.1, %pacc.sroa.24.1
  %123 = or <16 x i32> %117, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %124 = select <16 x i1> %122, <16 x i32> %123, <16 x i32> %121
  %125 = trunc <16 x i32> %124 to <16 x i16>
  store <16 x i16> %125, ptr %115, align 2
  %126 = getelementptr i8, ptr %5, i64 160
  %127 = bitcast <16 x float> %pacc.sroa.30.1 to <16 x i32>
  %128 = lshr <16 x i32> %127, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %129 = and <16 x i32> %128, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %130 = add <16 x i32> %129, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %131 = add <16 x i32> %127, %130
  %132 = lshr <16 x i32> %131, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %133 = fcmp uno <16 x float> %pacc.sroa.30.1, %pacc.sroa.30.1
  %134 = or <16 x i32> %128, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %135 = select <16 x i1> %133, <16 x i32> %134, <16 x i32> %132
  %136 = trunc <16 x i32> %135 to <16 x i16>
  store <16 x i16> %136, ptr %126, align 2
  %137 = getelementptr i8, ptr %5, i64 192
  %138 = bitcast <16 x float> %pacc.sroa.36.1 to <16 x i32>
  %139 = lshr <16 x i32> %138, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %140 = and <16 x i32> %139, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %141 = add <16 x i32> %140, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %142 = add <16 x i32> %138, %141
  %143 = lshr <16 x i32> %142, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %144 = fcmp uno <16 x float> %pacc.sroa.36.1, %pacc.sroa.36.1
  %145 = or <16 x i32> %139, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %146 = select <16 x i1> %144, <16 x i32> %145, <16 x i32> %143
  %147 = trunc <16 x i32> %146 to <16 x i16>
  store <16 x i16> %147, ptr %137, align 2
  %148 = getelementptr i8, ptr %5, i64 224
  %149 = bitcast <16 x float> %pacc.sroa.42.1 to <16 x i32>
  %150 = lshr <16 x i32> %149, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %151 = and <16 x i32> %150, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %152 = add <16 x i32> %151, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %153 = add <16 x i32> %149, %152
  %154 = lshr <16 x i32> %153, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %155 = fcmp uno <16 x float> %pacc.sroa.42.1, %pacc.sroa.42.1
  %156 = or <16 x i32> %150, <i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64, i32 64>
  %157 = select <16 x i1> %155, <16 x i32> %156, <16 x i32> %154
  %158 = trunc <16 x i32> %157 to <16 x i16>
  store <16 x i16> %158, ptr %148, align 2
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nounwind
define internal void @deepseek_mla_tile(ptr %0, ptr %1) #0 {
entry:
  %dots = alloca [16 x <16 x float>], align 64
  %qnope = alloca [8 x <16 x float>], align 64
  %lv = alloca [2 x <16 x float>], align 64
  %mv = alloca [2 x <16 x float>], align 64
  %lims = alloca [32 x i32], align 64
  %rowbuf = alloca [36 x <16 x float>], align 64
  %ot = alloca [65536 x i8], align 64
  %st = alloca [3072 x i8], align 64
  %vbuf = alloca [24576 x i8], align 64
  %kbuf = alloca [55296 x i8], align 64
  %qt = alloca [73728 x i8], align 64
  %ls = alloca [32 x float], align 64
  %ms = alloca [32 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %4 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %5, align 4
  %nh = sub i32 %h_end, %h_begin
  %6 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %7, align 4
  %8 = sub i32 %q_end, %q_begin
  %nrows = mul i32 %8, %nh
  %9 = getelementptr i8, ptr %1, i64 32
  %q_pos0 = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 40
  %15 = getelementptr i8, ptr %0, i64 48
  %16 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %16, align 8
  %17 = sext i32 %seq to i64
  %18 = mul i64 %17, 18874368
  %19 = getelementptr i8, ptr %k_cache, i64 %18
  %20 = sext i32 %kv_head to i64
  %21 = icmp sgt i32 %nrows, 0
  br i1 %21, label %qrow, label %done

done:                                             ; preds = %orow137, %entry
  ret void

qrow:                                             ; preds = %entry, %exit22
  %qrow1 = phi i32 [ %215, %exit22 ], [ 0, %entry ]
  %22 = icmp slt i32 %qrow1, 32
  br i1 %22, label %body, label %otzero

body:                                             ; preds = %qrow
  %23 = icmp slt i32 %qrow1, %nrows
  %24 = sub i32 %nrows, 1
  %25 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %24)
  %26 = sdiv i32 %25, %nh
  %qi = add i32 %q_begin, %26
  %27 = srem i32 %25, %nh
  %h = add i32 %h_begin, %27
  %28 = mul i32 %kv_head, 128
  %hq = add i32 %28, %h
  %29 = sext i32 %qi to i64
  %30 = add i64 %q_row0, %29
  %31 = mul i64 %30, 128
  %32 = sext i32 %hq to i64
  %orow = add i64 %31, %32
  %33 = mul i64 %orow, 384
  %34 = getelementptr i8, ptr %q, i64 %33
  %35 = select i1 %23, float 0x3FBAA772A0000000, float 0.000000e+00
  %36 = insertelement <16 x float> poison, float %35, i32 0
  %splat = shufflevector <16 x float> %36, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %45, %body2 ]
  %37 = icmp slt i64 %chunk5, 8
  br i1 %37, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %38 = mul i64 %chunk5, 32
  %39 = getelementptr i8, ptr %34, i64 %38
  %40 = load <16 x i16>, ptr %39, align 2
  %41 = zext <16 x i16> %40 to <16 x i32>
  %42 = shl <16 x i32> %41, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %42 to <16 x float>
  %43 = fmul <16 x float> %bf16, %splat
  %44 = getelementptr <16 x float>, ptr %qnope, i64 %chunk5
  store <16 x float> %43, ptr %44, align 64
  %45 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %46 = getelementptr <16 x float>, ptr %rowbuf, i64 32
  store <16 x float> zeroinitializer, ptr %46, align 64
  %47 = getelementptr <16 x float>, ptr %rowbuf, i64 33
  store <16 x float> zeroinitializer, ptr %47, align 64
  %48 = getelementptr <16 x float>, ptr %rowbuf, i64 34
  store <16 x float> zeroinitializer, ptr %48, align 64
  %49 = getelementptr <16 x float>, ptr %rowbuf, i64 35
  store <16 x float> zeroinitializer, ptr %49, align 64
  %50 = srem i64 %orow, 128
  %51 = getelementptr i8, ptr %0, i64 128
  %w_absorb = load ptr, ptr %51, align 8
  %52 = mul i64 %50, 128
  %53 = getelementptr float, ptr %w_absorb, i64 %52
  br label %absorb

absorb:                                           ; preds = %exit12, %exit4
  %absorb9 = phi i64 [ 0, %exit4 ], [ %183, %exit12 ]
  %54 = icmp slt i64 %absorb9, 32
  br i1 %54, label %body6, label %rope

body6:                                            ; preds = %absorb
  %55 = mul i64 %absorb9, 16
  br label %absorb_out

absorb_out:                                       ; preds = %body10, %body6
  %absorb_out13 = phi i64 [ 0, %body6 ], [ %100, %body10 ]
  %56 = icmp slt i64 %absorb_out13, 16
  br i1 %56, label %body10, label %exit12

body10:                                           ; preds = %absorb_out
  %57 = add i64 %55, %absorb_out13
  %58 = call i64 @llvm.smin.i64(i64 %57, i64 511)
  %59 = mul i64 %58, 16384
  %60 = getelementptr float, ptr %53, i64 %59
  %61 = load <16 x float>, ptr %60, align 4
  %62 = load <16 x float>, ptr %qnope, align 64
  %63 = fmul <16 x float> %62, %61
  %64 = getelementptr float, ptr %60, i64 16
  %65 = load <16 x float>, ptr %64, align 4
  %66 = getelementptr <16 x float>, ptr %qnope, i64 1
  %67 = load <16 x float>, ptr %66, align 64
  %68 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %67, <16 x float> %65, <16 x float> %63)
  %69 = getelementptr float, ptr %60, i64 32
  %70 = load <16 x float>, ptr %69, align 4
  %71 = getelementptr <16 x float>, ptr %qnope, i64 2
  %72 = load <16 x float>, ptr %71, align 64
  %73 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %72, <16 x float> %70, <16 x float> %68)
  %74 = getelementptr float, ptr %60, i64 48
  %75 = load <16 x float>, ptr %74, align 4
  %76 = getelementptr <16 x float>, ptr %qnope, i64 3
  %77 = load <16 x float>, ptr %76, align 64
  %78 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %77, <16 x float> %75, <16 x float> %73)
  %79 = getelementptr float, ptr %60, i64 64
  %80 = load <16 x float>, ptr %79, align 4
  %81 = getelementptr <16 x float>, ptr %qnope, i64 4
  %82 = load <16 x float>, ptr %81, align 64
  %83 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %82, <16 x float> %80, <16 x float> %78)
  %84 = getelementptr float, ptr %60, i64 80
  %85 = load <16 x float>, ptr %84, align 4
  %86 = getelementptr <16 x float>, ptr %qnope, i64 5
  %87 = load <16 x float>, ptr %86, align 64
  %88 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %87, <16 x float> %85, <16 x float> %83)
  %89 = getelementptr float, ptr %60, i64 96
  %90 = load <16 x float>, ptr %89, align 4
  %91 = getelementptr <16 x float>, ptr %qnope, i64 6
  %92 = load <16 x float>, ptr %91, align 64
  %93 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %92, <16 x float> %90, <16 x float> %88)
  %94 = getelementptr float, ptr %60, i64 112
  %95 = load <16 x float>, ptr %94, align 4
  %96 = getelementptr <16 x float>, ptr %qnope, i64 7
  %97 = load <16 x float>, ptr %96, align 64
  %98 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %97, <16 x float> %95, <16 x float> %93)
  %99 = getelementptr <16 x float>, ptr %dots, i64 %absorb_out13
  store <16 x float> %98, ptr %99, align 64
  %100 = add nsw i64 %absorb_out13, 1
  br label %absorb_out

exit12:                                           ; preds = %absorb_out
  %101 = load <16 x float>, ptr %dots, align 64
  %102 = getelementptr <16 x float>, ptr %dots, i64 1
  %103 = load <16 x float>, ptr %102, align 64
  %104 = shufflevector <16 x float> %101, <16 x float> %103, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %105 = shufflevector <16 x float> %101, <16 x float> %103, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %106 = fadd <16 x float> %104, %105
  %107 = getelementptr <16 x float>, ptr %dots, i64 2
  %108 = load <16 x float>, ptr %107, align 64
  %109 = getelementptr <16 x float>, ptr %dots, i64 3
  %110 = load <16 x float>, ptr %109, align 64
  %111 = shufflevector <16 x float> %108, <16 x float> %110, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %112 = shufflevector <16 x float> %108, <16 x float> %110, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %113 = fadd <16 x float> %111, %112
  %114 = shufflevector <16 x float> %106, <16 x float> %113, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %115 = shufflevector <16 x float> %106, <16 x float> %113, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %116 = fadd <16 x float> %114, %115
  %117 = getelementptr <16 x float>, ptr %dots, i64 4
  %118 = load <16 x float>, ptr %117, align 64
  %119 = getelementptr <16 x float>, ptr %dots, i64 5
  %120 = load <16 x float>, ptr %119, align 64
  %121 = shufflevector <16 x float> %118, <16 x float> %120, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %122 = shufflevector <16 x float> %118, <16 x float> %120, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %123 = fadd <16 x float> %121, %122
  %124 = getelementptr <16 x float>, ptr %dots, i64 6
  %125 = load <16 x float>, ptr %124, align 64
  %126 = getelementptr <16 x float>, ptr %dots, i64 7
  %127 = load <16 x float>, ptr %126, align 64
  %128 = shufflevector <16 x float> %125, <16 x float> %127, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %129 = shufflevector <16 x float> %125, <16 x float> %127, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %130 = fadd <16 x float> %128, %129
  %131 = shufflevector <16 x float> %123, <16 x float> %130, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %132 = shufflevector <16 x float> %123, <16 x float> %130, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %133 = fadd <16 x float> %131, %132
  %134 = shufflevector <16 x float> %116, <16 x float> %133, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %135 = shufflevector <16 x float> %116, <16 x float> %133, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %136 = fadd <16 x float> %134, %135
  %137 = getelementptr <16 x float>, ptr %dots, i64 8
  %138 = load <16 x float>, ptr %137, align 64
  %139 = getelementptr <16 x float>, ptr %dots, i64 9
  %140 = load <16 x float>, ptr %139, align 64
  %141 = shufflevector <16 x float> %138, <16 x float> %140, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %142 = shufflevector <16 x float> %138, <16 x float> %140, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %143 = fadd <16 x float> %141, %142
  %144 = getelementptr <16 x float>, ptr %dots, i64 10
  %145 = load <16 x float>, ptr %144, align 64
  %146 = getelementptr <16 x float>, ptr %dots, i64 11
  %147 = load <16 x float>, ptr %146, align 64
  %148 = shufflevector <16 x float> %145, <16 x float> %147, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %149 = shufflevector <16 x float> %145, <16 x float> %147, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %150 = fadd <16 x float> %148, %149
  %151 = shufflevector <16 x float> %143, <16 x float> %150, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %152 = shufflevector <16 x float> %143, <16 x float> %150, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %153 = fadd <16 x float> %151, %152
  %154 = getelementptr <16 x float>, ptr %dots, i64 12
  %155 = load <16 x float>, ptr %154, align 64
  %156 = getelementptr <16 x float>, ptr %dots, i64 13
  %157 = load <16 x float>, ptr %156, align 64
  %158 = shufflevector <16 x float> %155, <16 x float> %157, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %159 = shufflevector <16 x float> %155, <16 x float> %157, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %160 = fadd <16 x float> %158, %159
  %161 = getelementptr <16 x float>, ptr %dots, i64 14
  %162 = load <16 x float>, ptr %161, align 64
  %163 = getelementptr <16 x float>, ptr %dots, i64 15
  %164 = load <16 x float>, ptr %163, align 64
  %165 = shufflevector <16 x float> %162, <16 x float> %164, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %166 = shufflevector <16 x float> %162, <16 x float> %164, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %167 = fadd <16 x float> %165, %166
  %168 = shufflevector <16 x float> %160, <16 x float> %167, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %169 = shufflevector <16 x float> %160, <16 x float> %167, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %170 = fadd <16 x float> %168, %169
  %171 = shufflevector <16 x float> %153, <16 x float> %170, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %172 = shufflevector <16 x float> %153, <16 x float> %170, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %173 = fadd <16 x float> %171, %172
  %174 = shufflevector <16 x float> %136, <16 x float> %173, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %175 = shufflevector <16 x float> %136, <16 x float> %173, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %176 = fadd <16 x float> %174, %175
  %177 = trunc i64 %55 to i32
  %178 = insertelement <16 x i32> poison, i32 %177, i32 0
  %splat14 = shufflevector <16 x i32> %178, <16 x i32> poison, <16 x i32> zeroinitializer
  %179 = add <16 x i32> %splat14, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %180 = icmp slt <16 x i32> %179, <i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512>
  %181 = getelementptr <16 x float>, ptr %rowbuf, i64 %absorb9
  %182 = select <16 x i1> %180, <16 x float> %176, <16 x float> zeroinitializer
  store <16 x float> %182, ptr %181, align 64
  %183 = add nsw i64 %absorb9, 1
  br label %absorb

rope:                                             ; preds = %absorb, %body15
  %rope18 = phi i64 [ %195, %body15 ], [ 0, %absorb ]
  %184 = icmp slt i64 %rope18, 64
  br i1 %184, label %body15, label %exit17

body15:                                           ; preds = %rope
  %185 = add i64 %rope18, 128
  %186 = mul i64 %185, 2
  %187 = getelementptr i8, ptr %34, i64 %186
  %188 = call <16 x i16> @llvm.masked.load.v16i16.p0(ptr %187, i32 2, <16 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <16 x i16> zeroinitializer)
  %189 = zext <16 x i16> %188 to <16 x i32>
  %190 = shl <16 x i32> %189, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1619 = bitcast <16 x i32> %190 to <16 x float>
  %191 = extractelement <16 x float> %bf1619, i32 0
  %192 = add i64 %rope18, 512
  %193 = getelementptr float, ptr %rowbuf, i64 %192
  %194 = fmul float %191, %35
  store float %194, ptr %193, align 4
  %195 = add nsw i64 %rope18, 1
  br label %rope

exit17:                                           ; preds = %rope
  %196 = sext i32 %qrow1 to i64
  %197 = getelementptr i32, ptr %lims, i64 %196
  %198 = add i32 %q_pos0, %qi
  %199 = add i32 %198, 1
  %200 = call i32 @llvm.smin.i32(i32 %199, i32 %k_end)
  store i32 %200, ptr %197, align 4
  %201 = sdiv i32 %qrow1, 32
  %202 = sext i32 %201 to i64
  %203 = mul i64 %202, 18432
  %204 = getelementptr i32, ptr %qt, i64 %203
  %205 = srem i32 %qrow1, 32
  br label %qcol

qcol:                                             ; preds = %body20, %exit17
  %qcol23 = phi i32 [ 0, %exit17 ], [ %214, %body20 ]
  %206 = icmp slt i32 %qcol23, 576
  br i1 %206, label %body20, label %exit22

body20:                                           ; preds = %qcol
  %207 = sext i32 %qcol23 to i64
  %208 = getelementptr i32, ptr %rowbuf, i64 %207
  %209 = load float, ptr %208, align 4
  %210 = sext i32 %205 to i64
  %211 = mul i64 %207, 32
  %212 = add i64 %211, %210
  %213 = getelementptr i32, ptr %204, i64 %212
  store float %209, ptr %213, align 4
  %214 = add nsw i32 %qcol23, 1
  br label %qcol

exit22:                                           ; preds = %qcol
  %215 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body24
  %otzero27 = phi i32 [ %220, %body24 ], [ 0, %qrow ]
  %216 = icmp slt i32 %otzero27, 1024
  br i1 %216, label %body24, label %exit26

body24:                                           ; preds = %otzero
  %217 = sext i32 %otzero27 to i64
  %218 = mul i64 %217, 16
  %219 = getelementptr i32, ptr %ot, i64 %218
  store <16 x float> zeroinitializer, ptr %219, align 64
  %220 = add nsw i32 %otzero27, 1
  br label %otzero

exit26:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %221 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %221, align 64
  %222 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %222, align 64
  %223 = sub i32 %nrows, 1
  %224 = sdiv i32 %223, %nh
  %225 = add i32 %q_begin, %224
  %226 = add i32 %q_pos0, %225
  %227 = add i32 %226, 1
  %228 = call i32 @llvm.smin.i32(i32 %227, i32 %k_end)
  %k_last = sub i32 %228, 1
  br label %ktile

ktile:                                            ; preds = %exit55, %exit26
  %ktile31 = phi i32 [ %k_begin, %exit26 ], [ %294, %exit55 ]
  %229 = icmp slt i32 %ktile31, %228
  br i1 %229, label %body28, label %exit30

body28:                                           ; preds = %ktile
  %230 = sub i32 %228, %ktile31
  %231 = call i32 @llvm.smin.i32(i32 12, i32 %230)
  %232 = add i32 %231, 11
  %233 = sdiv i32 %232, 12
  %234 = mul i32 %233, 12
  br label %kpack

exit30:                                           ; preds = %ktile
  %235 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %235, ptr %ms, align 64
  %236 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %236, ptr %ls, align 64
  %237 = getelementptr float, ptr %ms, i64 16
  %238 = load <16 x float>, ptr %221, align 64
  store <16 x float> %238, ptr %237, align 64
  %239 = getelementptr float, ptr %ls, i64 16
  %240 = load <16 x float>, ptr %222, align 64
  store <16 x float> %240, ptr %239, align 64
  br label %orow137

kpack:                                            ; preds = %exit39, %body28
  %kpack35 = phi i32 [ 0, %body28 ], [ %260, %exit39 ]
  %241 = icmp slt i32 %kpack35, %234
  br i1 %241, label %body32, label %vpack

body32:                                           ; preds = %kpack
  %242 = add i32 %ktile31, %kpack35
  %243 = call i32 @llvm.smin.i32(i32 %242, i32 %k_last)
  %244 = sext i32 %243 to i64
  %row = add i64 %20, %244
  %245 = mul i64 %row, 1152
  %246 = getelementptr i8, ptr %19, i64 %245
  %247 = sext i32 %kpack35 to i64
  %248 = mul i64 %247, 576
  %249 = getelementptr i32, ptr %kbuf, i64 %248
  br label %chunk36

chunk36:                                          ; preds = %body37, %body32
  %chunk40 = phi i64 [ 0, %body32 ], [ %259, %body37 ]
  %250 = icmp slt i64 %chunk40, 36
  br i1 %250, label %body37, label %exit39

body37:                                           ; preds = %chunk36
  %251 = mul i64 %chunk40, 16
  %252 = mul i64 %251, 4
  %253 = mul i64 %251, 2
  %254 = getelementptr i8, ptr %246, i64 %253
  %255 = load <16 x i16>, ptr %254, align 2
  %256 = zext <16 x i16> %255 to <16 x i32>
  %257 = shl <16 x i32> %256, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1641 = bitcast <16 x i32> %257 to <16 x float>
  %258 = getelementptr i8, ptr %249, i64 %252
  store <16 x float> %bf1641, ptr %258, align 64
  %259 = add nsw i64 %chunk40, 1
  br label %chunk36

exit39:                                           ; preds = %chunk36
  %260 = add nsw i32 %kpack35, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %exit50
  %vpack45 = phi i32 [ %280, %exit50 ], [ 0, %kpack ]
  %261 = icmp slt i32 %vpack45, %231
  br i1 %261, label %body42, label %exit44

body42:                                           ; preds = %vpack
  %262 = add i32 %ktile31, %vpack45
  %263 = sext i32 %262 to i64
  %row46 = add i64 %20, %263
  %264 = mul i64 %row46, 1152
  %265 = getelementptr i8, ptr %19, i64 %264
  %266 = sext i32 %vpack45 to i64
  %267 = mul i64 %266, 512
  %268 = getelementptr i32, ptr %vbuf, i64 %267
  br label %chunk47

exit44:                                           ; preds = %vpack
  %269 = add i32 %nrows, 31
  %nblk = sdiv i32 %269, 32
  br label %rblock

chunk47:                                          ; preds = %body48, %body42
  %chunk51 = phi i64 [ 0, %body42 ], [ %279, %body48 ]
  %270 = icmp slt i64 %chunk51, 32
  br i1 %270, label %body48, label %exit50

body48:                                           ; preds = %chunk47
  %271 = mul i64 %chunk51, 16
  %272 = mul i64 %271, 4
  %273 = mul i64 %271, 2
  %274 = getelementptr i8, ptr %265, i64 %273
  %275 = load <16 x i16>, ptr %274, align 2
  %276 = zext <16 x i16> %275 to <16 x i32>
  %277 = shl <16 x i32> %276, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1652 = bitcast <16 x i32> %277 to <16 x float>
  %278 = getelementptr i8, ptr %268, i64 %272
  store <16 x float> %bf1652, ptr %278, align 64
  %279 = add nsw i64 %chunk51, 1
  br label %chunk47

exit50:                                           ; preds = %chunk47
  %280 = add nsw i32 %vpack45, 1
  br label %vpack

rblock:                                           ; preds = %join, %exit44
  %rblock56 = phi i32 [ 0, %exit44 ], [ %306, %join ]
  %281 = icmp slt i32 %rblock56, %nblk
  br i1 %281, label %body53, label %exit55

body53:                                           ; preds = %rblock
  %282 = sext i32 %rblock56 to i64
  %283 = mul i32 %rblock56, 32
  %284 = add i32 %283, 31
  %285 = call i32 @llvm.smin.i32(i32 %284, i32 %223)
  %286 = sdiv i32 %285, %nh
  %287 = add i32 %q_begin, %286
  %288 = add i32 %q_pos0, %287
  %289 = add i32 %288, 1
  %290 = call i32 @llvm.smin.i32(i32 %289, i32 %k_end)
  %291 = sub i32 %290, %ktile31
  %292 = call i32 @llvm.smin.i32(i32 %231, i32 %291)
  %293 = icmp sgt i32 %292, 0
  br i1 %293, label %rvisit, label %join

exit55:                                           ; preds = %rblock
  %294 = add nsw i32 %ktile31, 12
  br label %ktile

rvisit:                                           ; preds = %body53
  %295 = mul i64 %282, 18432
  %296 = getelementptr i32, ptr %qt, i64 %295
  %297 = mul i64 %282, 16384
  %298 = getelementptr i32, ptr %ot, i64 %297
  %299 = mul i64 %282, 2
  %300 = getelementptr <16 x float>, ptr %mv, i64 %299
  %301 = getelementptr <16 x float>, ptr %lv, i64 %299
  %302 = mul i64 %282, 32
  %303 = getelementptr i32, ptr %lims, i64 %302
  %limv = load <16 x i32>, ptr %303, align 64
  %304 = add i64 %302, 16
  %305 = getelementptr i32, ptr %lims, i64 %304
  %limv57 = load <16 x i32>, ptr %305, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body53
  %306 = add nsw i32 %rblock56, 1
  br label %rblock

sblock:                                           ; preds = %exit64, %rvisit
  %sblock61 = phi i32 [ 0, %rvisit ], [ %390, %exit64 ]
  %307 = icmp slt i32 %sblock61, %292
  br i1 %307, label %body58, label %smask

body58:                                           ; preds = %sblock
  %308 = sext i32 %sblock61 to i64
  %309 = mul i64 %308, 576
  %310 = getelementptr i32, ptr %kbuf, i64 %309
  br label %sdim

sdim:                                             ; preds = %body62, %body58
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %363, %body62 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %362, %body62 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %359, %body62 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %358, %body62 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %355, %body62 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %354, %body62 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %351, %body62 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %350, %body62 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %347, %body62 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %346, %body62 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %343, %body62 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %342, %body62 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %339, %body62 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %338, %body62 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %335, %body62 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %334, %body62 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %331, %body62 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %330, %body62 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %327, %body62 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %326, %body62 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %323, %body62 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %322, %body62 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %319, %body62 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %318, %body62 ]
  %sdim65 = phi i32 [ 0, %body58 ], [ %364, %body62 ]
  %311 = icmp slt i32 %sdim65, 576
  br i1 %311, label %body62, label %exit64

body62:                                           ; preds = %sdim
  %312 = sext i32 %sdim65 to i64
  %313 = mul i64 %312, 32
  %314 = getelementptr i32, ptr %296, i64 %313
  %qt66 = load <16 x float>, ptr %314, align 64
  %315 = getelementptr i32, ptr %314, i64 16
  %qt67 = load <16 x float>, ptr %315, align 64
  %316 = getelementptr i32, ptr %310, i64 %312
  %k = load float, ptr %316, align 4
  %317 = insertelement <16 x float> poison, float %k, i32 0
  %splat68 = shufflevector <16 x float> %317, <16 x float> poison, <16 x i32> zeroinitializer
  %318 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat68, <16 x float> %sacc.sroa.0.0)
  %319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat68, <16 x float> %sacc.sroa.4.0)
  %320 = getelementptr i32, ptr %316, i64 576
  %k69 = load float, ptr %320, align 4
  %321 = insertelement <16 x float> poison, float %k69, i32 0
  %splat70 = shufflevector <16 x float> %321, <16 x float> poison, <16 x i32> zeroinitializer
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat70, <16 x float> %sacc.sroa.8.0)
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat70, <16 x float> %sacc.sroa.12.0)
  %324 = getelementptr i32, ptr %316, i64 1152
  %k71 = load float, ptr %324, align 4
  %325 = insertelement <16 x float> poison, float %k71, i32 0
  %splat72 = shufflevector <16 x float> %325, <16 x float> poison, <16 x i32> zeroinitializer
  %326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat72, <16 x float> %sacc.sroa.16.0)
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat72, <16 x float> %sacc.sroa.20.0)
  %328 = getelementptr i32, ptr %316, i64 1728
  %k73 = load float, ptr %328, align 4
  %329 = insertelement <16 x float> poison, float %k73, i32 0
  %splat74 = shufflevector <16 x float> %329, <16 x float> poison, <16 x i32> zeroinitializer
  %330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat74, <16 x float> %sacc.sroa.24.0)
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat74, <16 x float> %sacc.sroa.28.0)
  %332 = getelementptr i32, ptr %316, i64 2304
  %k75 = load float, ptr %332, align 4
  %333 = insertelement <16 x float> poison, float %k75, i32 0
  %splat76 = shufflevector <16 x float> %333, <16 x float> poison, <16 x i32> zeroinitializer
  %334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat76, <16 x float> %sacc.sroa.32.0)
  %335 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat76, <16 x float> %sacc.sroa.36.0)
  %336 = getelementptr i32, ptr %316, i64 2880
  %k77 = load float, ptr %336, align 4
  %337 = insertelement <16 x float> poison, float %k77, i32 0
  %splat78 = shufflevector <16 x float> %337, <16 x float> poison, <16 x i32> zeroinitializer
  %338 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat78, <16 x float> %sacc.sroa.40.0)
  %339 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat78, <16 x float> %sacc.sroa.44.0)
  %340 = getelementptr i32, ptr %316, i64 3456
  %k79 = load float, ptr %340, align 4
  %341 = insertelement <16 x float> poison, float %k79, i32 0
  %splat80 = shufflevector <16 x float> %341, <16 x float> poison, <16 x i32> zeroinitializer
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat80, <16 x float> %sacc.sroa.48.0)
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat80, <16 x float> %sacc.sroa.52.0)
  %344 = getelementptr i32, ptr %316, i64 4032
  %k81 = load float, ptr %344, align 4
  %345 = insertelement <16 x float> poison, float %k81, i32 0
  %splat82 = shufflevector <16 x float> %345, <16 x float> poison, <16 x i32> zeroinitializer
  %346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat82, <16 x float> %sacc.sroa.56.0)
  %347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat82, <16 x float> %sacc.sroa.60.0)
  %348 = getelementptr i32, ptr %316, i64 4608
  %k83 = load float, ptr %348, align 4
  %349 = insertelement <16 x float> poison, float %k83, i32 0
  %splat84 = shufflevector <16 x float> %349, <16 x float> poison, <16 x i32> zeroinitializer
  %350 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat84, <16 x float> %sacc.sroa.64.0)
  %351 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat84, <16 x float> %sacc.sroa.68.0)
  %352 = getelementptr i32, ptr %316, i64 5184
  %k85 = load float, ptr %352, align 4
  %353 = insertelement <16 x float> poison, float %k85, i32 0
  %splat86 = shufflevector <16 x float> %353, <16 x float> poison, <16 x i32> zeroinitializer
  %354 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat86, <16 x float> %sacc.sroa.72.0)
  %355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat86, <16 x float> %sacc.sroa.76.0)
  %356 = getelementptr i32, ptr %316, i64 5760
  %k87 = load float, ptr %356, align 4
  %357 = insertelement <16 x float> poison, float %k87, i32 0
  %splat88 = shufflevector <16 x float> %357, <16 x float> poison, <16 x i32> zeroinitializer
  %358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat88, <16 x float> %sacc.sroa.80.0)
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat88, <16 x float> %sacc.sroa.84.0)
  %360 = getelementptr i32, ptr %316, i64 6336
  %k89 = load float, ptr %360, align 4
  %361 = insertelement <16 x float> poison, float %k89, i32 0
  %splat90 = shufflevector <16 x float> %361, <16 x float> poison, <16 x i32> zeroinitializer
  %362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat90, <16 x float> %sacc.sroa.88.0)
  %363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat90, <16 x float> %sacc.sroa.92.0)
  %364 = add nsw i32 %sdim65, 1
  br label %sdim

exit64:                                           ; preds = %sdim
  %365 = mul i64 %308, 32
  %366 = getelementptr i32, ptr %st, i64 %365
  store <16 x float> %sacc.sroa.0.0, ptr %366, align 64
  %367 = getelementptr i32, ptr %366, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %367, align 64
  %368 = getelementptr i32, ptr %366, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %368, align 64
  %369 = getelementptr i32, ptr %366, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %369, align 64
  %370 = getelementptr i32, ptr %366, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %370, align 64
  %371 = getelementptr i32, ptr %366, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %371, align 64
  %372 = getelementptr i32, ptr %366, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %372, align 64
  %373 = getelementptr i32, ptr %366, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %373, align 64
  %374 = getelementptr i32, ptr %366, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %374, align 64
  %375 = getelementptr i32, ptr %366, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %375, align 64
  %376 = getelementptr i32, ptr %366, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %376, align 64
  %377 = getelementptr i32, ptr %366, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %377, align 64
  %378 = getelementptr i32, ptr %366, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %378, align 64
  %379 = getelementptr i32, ptr %366, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %379, align 64
  %380 = getelementptr i32, ptr %366, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %380, align 64
  %381 = getelementptr i32, ptr %366, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %381, align 64
  %382 = getelementptr i32, ptr %366, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %382, align 64
  %383 = getelementptr i32, ptr %366, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %383, align 64
  %384 = getelementptr i32, ptr %366, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %384, align 64
  %385 = getelementptr i32, ptr %366, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %385, align 64
  %386 = getelementptr i32, ptr %366, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %386, align 64
  %387 = getelementptr i32, ptr %366, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %387, align 64
  %388 = getelementptr i32, ptr %366, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %388, align 64
  %389 = getelementptr i32, ptr %366, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %389, align 64
  %390 = add nsw i32 %sblock61, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body91
  %tmax.sroa.4.0 = phi <16 x float> [ %404, %body91 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %399, %body91 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask94 = phi i32 [ %405, %body91 ], [ 0, %sblock ]
  %391 = icmp slt i32 %smask94, %292
  br i1 %391, label %body91, label %exit93

body91:                                           ; preds = %smask
  %392 = add i32 %ktile31, %smask94
  %393 = insertelement <16 x i32> poison, i32 %392, i32 0
  %splat95 = shufflevector <16 x i32> %393, <16 x i32> poison, <16 x i32> zeroinitializer
  %394 = sext i32 %smask94 to i64
  %395 = mul i64 %394, 32
  %396 = getelementptr i32, ptr %st, i64 %395
  %s = load <16 x float>, ptr %396, align 64
  %397 = icmp slt <16 x i32> %splat95, %limv
  %398 = select <16 x i1> %397, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %398, ptr %396, align 64
  %399 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %398)
  %400 = add i64 %395, 16
  %401 = getelementptr i32, ptr %st, i64 %400
  %s96 = load <16 x float>, ptr %401, align 64
  %402 = icmp slt <16 x i32> %splat95, %limv57
  %403 = select <16 x i1> %402, <16 x float> %s96, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %403, ptr %401, align 64
  %404 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %403)
  %405 = add nsw i32 %smask94, 1
  br label %smask

exit93:                                           ; preds = %smask
  %m = load <16 x float>, ptr %300, align 64
  %406 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %407 = fcmp oeq <16 x float> %406, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse97 = select <16 x i1> %407, <16 x float> zeroinitializer, <16 x float> %406
  %408 = fsub <16 x float> %m, %muse97
  %409 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %408, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %410 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %409, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %411 = fadd <16 x float> %410, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %411, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %410, %n
  %412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %412, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %413, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %415 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %414, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %416 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %415, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %417 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %416, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %418 = fptosi <16 x float> %n to <16 x i32>
  %419 = add <16 x i32> %418, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %420 = shl <16 x i32> %419, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %421 = bitcast <16 x i32> %420 to <16 x float>
  %exp2 = fmul <16 x float> %417, %421
  store <16 x float> %406, ptr %300, align 64
  %422 = getelementptr <16 x float>, ptr %300, i64 1
  %m98 = load <16 x float>, ptr %422, align 64
  %423 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m98, <16 x float> %tmax.sroa.4.0)
  %424 = fcmp oeq <16 x float> %423, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse99 = select <16 x i1> %424, <16 x float> zeroinitializer, <16 x float> %423
  %425 = fsub <16 x float> %m98, %muse99
  %426 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %425, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %427 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %426, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %428 = fadd <16 x float> %427, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n100 = fsub <16 x float> %428, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f101 = fsub <16 x float> %427, %n100
  %429 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f101, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %430 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %429, <16 x float> %f101, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %431 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %430, <16 x float> %f101, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %432 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %431, <16 x float> %f101, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %432, <16 x float> %f101, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %433, <16 x float> %f101, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %435 = fptosi <16 x float> %n100 to <16 x i32>
  %436 = add <16 x i32> %435, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %437 = shl <16 x i32> %436, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %438 = bitcast <16 x i32> %437 to <16 x float>
  %exp2102 = fmul <16 x float> %434, %438
  store <16 x float> %423, ptr %422, align 64
  br label %sexp

sexp:                                             ; preds = %body103, %exit93
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit93 ], [ %476, %body103 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit93 ], [ %458, %body103 ]
  %sexp106 = phi i32 [ 0, %exit93 ], [ %477, %body103 ]
  %439 = icmp slt i32 %sexp106, %292
  br i1 %439, label %body103, label %exit105

body103:                                          ; preds = %sexp
  %440 = sext i32 %sexp106 to i64
  %441 = mul i64 %440, 32
  %442 = getelementptr i32, ptr %st, i64 %441
  %443 = load <16 x float>, ptr %442, align 64
  %444 = fsub <16 x float> %443, %muse97
  %445 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %444, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %446 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %445, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %447 = fadd <16 x float> %446, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n107 = fsub <16 x float> %447, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f108 = fsub <16 x float> %446, %n107
  %448 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f108, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %449 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %448, <16 x float> %f108, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %450 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %449, <16 x float> %f108, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %451 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %450, <16 x float> %f108, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %452 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %451, <16 x float> %f108, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %453 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %452, <16 x float> %f108, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %454 = fptosi <16 x float> %n107 to <16 x i32>
  %455 = add <16 x i32> %454, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %456 = shl <16 x i32> %455, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %457 = bitcast <16 x i32> %456 to <16 x float>
  %exp2109 = fmul <16 x float> %453, %457
  store <16 x float> %exp2109, ptr %442, align 64
  %458 = fadd <16 x float> %lsum.sroa.0.0, %exp2109
  %459 = add i64 %441, 16
  %460 = getelementptr i32, ptr %st, i64 %459
  %461 = load <16 x float>, ptr %460, align 64
  %462 = fsub <16 x float> %461, %muse99
  %463 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %462, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %464 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %463, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %465 = fadd <16 x float> %464, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n110 = fsub <16 x float> %465, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f111 = fsub <16 x float> %464, %n110
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f111, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %467 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %466, <16 x float> %f111, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %468 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %467, <16 x float> %f111, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %468, <16 x float> %f111, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %470 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %469, <16 x float> %f111, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %470, <16 x float> %f111, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %472 = fptosi <16 x float> %n110 to <16 x i32>
  %473 = add <16 x i32> %472, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %474 = shl <16 x i32> %473, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %475 = bitcast <16 x i32> %474 to <16 x float>
  %exp2112 = fmul <16 x float> %471, %475
  store <16 x float> %exp2112, ptr %460, align 64
  %476 = fadd <16 x float> %lsum.sroa.4.0, %exp2112
  %477 = add nsw i32 %sexp106, 1
  br label %sexp

exit105:                                          ; preds = %sexp
  %478 = load <16 x float>, ptr %301, align 64
  %479 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %478, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %479, ptr %301, align 64
  %480 = getelementptr <16 x float>, ptr %301, i64 1
  %481 = load <16 x float>, ptr %480, align 64
  %482 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %481, <16 x float> %exp2102, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %482, ptr %480, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit119, %exit105
  %pvblock116 = phi i32 [ 0, %exit105 ], [ %576, %exit119 ]
  %483 = icmp slt i32 %pvblock116, 64
  br i1 %483, label %body113, label %join

body113:                                          ; preds = %pvblock
  %484 = mul i32 %pvblock116, 8
  %485 = sext i32 %484 to i64
  %486 = mul i64 %485, 32
  %487 = getelementptr i32, ptr %298, i64 %486
  %488 = load <16 x float>, ptr %487, align 64
  %489 = fmul <16 x float> %488, %exp2
  %490 = getelementptr i32, ptr %487, i64 16
  %491 = load <16 x float>, ptr %490, align 64
  %492 = fmul <16 x float> %491, %exp2102
  %493 = getelementptr i32, ptr %487, i64 32
  %494 = load <16 x float>, ptr %493, align 64
  %495 = fmul <16 x float> %494, %exp2
  %496 = getelementptr i32, ptr %487, i64 48
  %497 = load <16 x float>, ptr %496, align 64
  %498 = fmul <16 x float> %497, %exp2102
  %499 = getelementptr i32, ptr %487, i64 64
  %500 = load <16 x float>, ptr %499, align 64
  %501 = fmul <16 x float> %500, %exp2
  %502 = getelementptr i32, ptr %487, i64 80
  %503 = load <16 x float>, ptr %502, align 64
  %504 = fmul <16 x float> %503, %exp2102
  %505 = getelementptr i32, ptr %487, i64 96
  %506 = load <16 x float>, ptr %505, align 64
  %507 = fmul <16 x float> %506, %exp2
  %508 = getelementptr i32, ptr %487, i64 112
  %509 = load <16 x float>, ptr %508, align 64
  %510 = fmul <16 x float> %509, %exp2102
  %511 = getelementptr i32, ptr %487, i64 128
  %512 = load <16 x float>, ptr %511, align 64
  %513 = fmul <16 x float> %512, %exp2
  %514 = getelementptr i32, ptr %487, i64 144
  %515 = load <16 x float>, ptr %514, align 64
  %516 = fmul <16 x float> %515, %exp2102
  %517 = getelementptr i32, ptr %487, i64 160
  %518 = load <16 x float>, ptr %517, align 64
  %519 = fmul <16 x float> %518, %exp2
  %520 = getelementptr i32, ptr %487, i64 176
  %521 = load <16 x float>, ptr %520, align 64
  %522 = fmul <16 x float> %521, %exp2102
  %523 = getelementptr i32, ptr %487, i64 192
  %524 = load <16 x float>, ptr %523, align 64
  %525 = fmul <16 x float> %524, %exp2
  %526 = getelementptr i32, ptr %487, i64 208
  %527 = load <16 x float>, ptr %526, align 64
  %528 = fmul <16 x float> %527, %exp2102
  %529 = getelementptr i32, ptr %487, i64 224
  %530 = load <16 x float>, ptr %529, align 64
  %531 = fmul <16 x float> %530, %exp2
  %532 = getelementptr i32, ptr %487, i64 240
  %533 = load <16 x float>, ptr %532, align 64
  %534 = fmul <16 x float> %533, %exp2102
  br label %kpv

kpv:                                              ; preds = %body117, %body113
  %o.sroa.44.0 = phi <16 x float> [ %522, %body113 ], [ %566, %body117 ]
  %o.sroa.40.0 = phi <16 x float> [ %519, %body113 ], [ %565, %body117 ]
  %o.sroa.36.0 = phi <16 x float> [ %516, %body113 ], [ %562, %body117 ]
  %o.sroa.32.0 = phi <16 x float> [ %513, %body113 ], [ %561, %body117 ]
  %o.sroa.28.0 = phi <16 x float> [ %510, %body113 ], [ %558, %body117 ]
  %o.sroa.24.0 = phi <16 x float> [ %507, %body113 ], [ %557, %body117 ]
  %o.sroa.20.0 = phi <16 x float> [ %504, %body113 ], [ %554, %body117 ]
  %o.sroa.16.0 = phi <16 x float> [ %501, %body113 ], [ %553, %body117 ]
  %o.sroa.12.0 = phi <16 x float> [ %498, %body113 ], [ %550, %body117 ]
  %o.sroa.8.0 = phi <16 x float> [ %495, %body113 ], [ %549, %body117 ]
  %o.sroa.4.0 = phi <16 x float> [ %492, %body113 ], [ %546, %body117 ]
  %o.sroa.0.0 = phi <16 x float> [ %489, %body113 ], [ %545, %body117 ]
  %o.sroa.48.0 = phi <16 x float> [ %525, %body113 ], [ %569, %body117 ]
  %o.sroa.52.0 = phi <16 x float> [ %528, %body113 ], [ %570, %body117 ]
  %o.sroa.56.0 = phi <16 x float> [ %531, %body113 ], [ %573, %body117 ]
  %o.sroa.60.0 = phi <16 x float> [ %534, %body113 ], [ %574, %body117 ]
  %kpv120 = phi i32 [ 0, %body113 ], [ %575, %body117 ]
  %535 = icmp slt i32 %kpv120, %292
  br i1 %535, label %body117, label %exit119

body117:                                          ; preds = %kpv
  %536 = sext i32 %kpv120 to i64
  %537 = mul i64 %536, 32
  %538 = getelementptr i32, ptr %st, i64 %537
  %p = load <16 x float>, ptr %538, align 64
  %539 = add i64 %537, 16
  %540 = getelementptr i32, ptr %st, i64 %539
  %p121 = load <16 x float>, ptr %540, align 64
  %541 = mul i64 %536, 2048
  %542 = getelementptr i8, ptr %vbuf, i64 %541
  %543 = getelementptr i32, ptr %542, i64 %485
  %v = load float, ptr %543, align 4
  %544 = insertelement <16 x float> poison, float %v, i32 0
  %splat122 = shufflevector <16 x float> %544, <16 x float> poison, <16 x i32> zeroinitializer
  %545 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat122, <16 x float> %o.sroa.0.0)
  %546 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat122, <16 x float> %o.sroa.4.0)
  %547 = getelementptr i32, ptr %543, i64 1
  %v123 = load float, ptr %547, align 4
  %548 = insertelement <16 x float> poison, float %v123, i32 0
  %splat124 = shufflevector <16 x float> %548, <16 x float> poison, <16 x i32> zeroinitializer
  %549 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat124, <16 x float> %o.sroa.8.0)
  %550 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat124, <16 x float> %o.sroa.12.0)
  %551 = getelementptr i32, ptr %543, i64 2
  %v125 = load float, ptr %551, align 4
  %552 = insertelement <16 x float> poison, float %v125, i32 0
  %splat126 = shufflevector <16 x float> %552, <16 x float> poison, <16 x i32> zeroinitializer
  %553 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat126, <16 x float> %o.sroa.16.0)
  %554 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat126, <16 x float> %o.sroa.20.0)
  %555 = getelementptr i32, ptr %543, i64 3
  %v127 = load float, ptr %555, align 4
  %556 = insertelement <16 x float> poison, float %v127, i32 0
  %splat128 = shufflevector <16 x float> %556, <16 x float> poison, <16 x i32> zeroinitializer
  %557 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat128, <16 x float> %o.sroa.24.0)
  %558 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat128, <16 x float> %o.sroa.28.0)
  %559 = getelementptr i32, ptr %543, i64 4
  %v129 = load float, ptr %559, align 4
  %560 = insertelement <16 x float> poison, float %v129, i32 0
  %splat130 = shufflevector <16 x float> %560, <16 x float> poison, <16 x i32> zeroinitializer
  %561 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat130, <16 x float> %o.sroa.32.0)
  %562 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat130, <16 x float> %o.sroa.36.0)
  %563 = getelementptr i32, ptr %543, i64 5
  %v131 = load float, ptr %563, align 4
  %564 = insertelement <16 x float> poison, float %v131, i32 0
  %splat132 = shufflevector <16 x float> %564, <16 x float> poison, <16 x i32> zeroinitializer
  %565 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat132, <16 x float> %o.sroa.40.0)
  %566 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat132, <16 x float> %o.sroa.44.0)
  %567 = getelementptr i32, ptr %543, i64 6
  %v133 = load float, ptr %567, align 4
  %568 = insertelement <16 x float> poison, float %v133, i32 0
  %splat134 = shufflevector <16 x float> %568, <16 x float> poison, <16 x i32> zeroinitializer
  %569 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat134, <16 x float> %o.sroa.48.0)
  %570 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat134, <16 x float> %o.sroa.52.0)
  %571 = getelementptr i32, ptr %543, i64 7
  %v135 = load float, ptr %571, align 4
  %572 = insertelement <16 x float> poison, float %v135, i32 0
  %splat136 = shufflevector <16 x float> %572, <16 x float> poison, <16 x i32> zeroinitializer
  %573 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat136, <16 x float> %o.sroa.56.0)
  %574 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat136, <16 x float> %o.sroa.60.0)
  %575 = add nsw i32 %kpv120, 1
  br label %kpv

exit119:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %487, align 64
  store <16 x float> %o.sroa.4.0, ptr %490, align 64
  store <16 x float> %o.sroa.8.0, ptr %493, align 64
  store <16 x float> %o.sroa.12.0, ptr %496, align 64
  store <16 x float> %o.sroa.16.0, ptr %499, align 64
  store <16 x float> %o.sroa.20.0, ptr %502, align 64
  store <16 x float> %o.sroa.24.0, ptr %505, align 64
  store <16 x float> %o.sroa.28.0, ptr %508, align 64
  store <16 x float> %o.sroa.32.0, ptr %511, align 64
  store <16 x float> %o.sroa.36.0, ptr %514, align 64
  store <16 x float> %o.sroa.40.0, ptr %517, align 64
  store <16 x float> %o.sroa.44.0, ptr %520, align 64
  store <16 x float> %o.sroa.48.0, ptr %523, align 64
  store <16 x float> %o.sroa.52.0, ptr %526, align 64
  store <16 x float> %o.sroa.56.0, ptr %529, align 64
  store <16 x float> %o.sroa.60.0, ptr %532, align 64
  %576 = add nsw i32 %pvblock116, 1
  br label %pvblock

orow137:                                          ; preds = %written, %exit30
  %orow141 = phi i32 [ 0, %exit30 ], [ %610, %written ]
  %577 = icmp slt i32 %orow141, %nrows
  br i1 %577, label %body138, label %done

body138:                                          ; preds = %orow137
  %578 = sext i32 %orow141 to i64
  %579 = getelementptr float, ptr %ms, i64 %578
  %m142 = load float, ptr %579, align 4
  %580 = getelementptr float, ptr %ls, i64 %578
  %l = load float, ptr %580, align 4
  %581 = sdiv i32 %orow141, 32
  %582 = srem i32 %orow141, 32
  %583 = sext i32 %581 to i64
  %584 = mul i64 %583, 16384
  %585 = getelementptr i32, ptr %ot, i64 %584
  br label %otrow

otrow:                                            ; preds = %body143, %body138
  %otrow146 = phi i32 [ 0, %body138 ], [ %594, %body143 ]
  %586 = icmp slt i32 %otrow146, 512
  br i1 %586, label %body143, label %exit145

body143:                                          ; preds = %otrow
  %587 = sext i32 %582 to i64
  %588 = sext i32 %otrow146 to i64
  %589 = mul i64 %588, 32
  %590 = add i64 %589, %587
  %591 = getelementptr i32, ptr %585, i64 %590
  %592 = load float, ptr %591, align 4
  %593 = getelementptr i32, ptr %rowbuf, i64 %588
  store float %592, ptr %593, align 4
  %594 = add nsw i32 %otrow146, 1
  br label %otrow

exit145:                                          ; preds = %otrow
  %595 = icmp ne ptr %part, null
  br i1 %595, label %partial, label %final

partial:                                          ; preds = %exit145
  %596 = sext i32 %nrows to i64
  %597 = mul i64 %578, 512
  %598 = getelementptr float, ptr %part, i64 %597
  br label %chunk147

final:                                            ; preds = %exit145
  %599 = sdiv i32 %orow141, %nh
  %qi152 = add i32 %q_begin, %599
  %600 = srem i32 %orow141, %nh
  %h153 = add i32 %h_begin, %600
  %601 = mul i32 %kv_head, 128
  %hq154 = add i32 %601, %h153
  %602 = sext i32 %qi152 to i64
  %603 = add i64 %q_row0, %602
  %604 = mul i64 %603, 128
  %605 = sext i32 %hq154 to i64
  %orow155 = add i64 %604, %605
  %606 = fcmp oeq float %l, 0.000000e+00
  %607 = fdiv float 1.000000e+00, %l
  %608 = select i1 %606, float 0.000000e+00, float %607
  %609 = insertelement <16 x float> poison, float %608, i32 0
  %splat156 = shufflevector <16 x float> %609, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk157

written:                                          ; preds = %exit160, %exit150
  %610 = add nsw i32 %orow141, 1
  br label %orow137

chunk147:                                         ; preds = %body148, %partial
  %chunk151 = phi i64 [ 0, %partial ], [ %616, %body148 ]
  %611 = icmp slt i64 %chunk151, 32
  br i1 %611, label %body148, label %exit150

body148:                                          ; preds = %chunk147
  %612 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk151
  %613 = load <16 x float>, ptr %612, align 64
  %614 = mul i64 %chunk151, 64
  %615 = getelementptr i8, ptr %598, i64 %614
  store <16 x float> %613, ptr %615, align 4
  %616 = add nsw i64 %chunk151, 1
  br label %chunk147

exit150:                                          ; preds = %chunk147
  %617 = mul i64 %596, 512
  %618 = add i64 %617, %578
  %619 = getelementptr float, ptr %part, i64 %618
  store float %m142, ptr %619, align 4
  %620 = add i64 %618, %596
  %621 = getelementptr float, ptr %part, i64 %620
  store float %l, ptr %621, align 4
  br label %written

chunk157:                                         ; preds = %body158, %final
  %chunk161 = phi i64 [ 0, %final ], [ %628, %body158 ]
  %622 = icmp slt i64 %chunk161, 32
  br i1 %622, label %body158, label %exit160

body158:                                          ; preds = %chunk157
  %623 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk161
  %624 = load <16 x float>, ptr %623, align 64
  %625 = fmul <16 x float> %624, %splat156
  %626 = mul i64 %chunk161, 64
  %627 = getelementptr i8, ptr %rowbuf, i64 %626
  store <16 x float> %625, ptr %627, align 4
  %628 = add nsw i64 %chunk161, 1
  br label %chunk157

exit160:                                          ; preds = %chunk157
  %u = select i1 %606, ptr null, ptr %rowbuf
  call void @deepseek_mla_project(ptr %0, ptr %u, i64 %orow155)
  br label %written
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <16 x i16> @llvm.masked.load.v16i16.p0(ptr nocapture, i32 immarg, <16 x i1>, <16 x i16>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @deepseek_mla(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @deepseek_mla_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @deepseek_mla_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @deepseek_mla_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @deepseek_mla_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @deepseek_mla_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @deepseek_mla_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @deepseek_mla_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @deepseek_mla_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @deepseek_mla_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @deepseek_mla_info() #0 {
entry:
  ret ptr @deepseek_mla_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
