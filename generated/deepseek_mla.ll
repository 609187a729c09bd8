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
  %18 = sext i32 %kv_head to i64
  %19 = mul i64 %17, 16384
  %20 = add i64 %19, %18
  %21 = mul i64 %20, 1152
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = icmp sgt i32 %nrows, 0
  br i1 %23, label %qrow, label %done

done:                                             ; preds = %orow136, %entry
  ret void

qrow:                                             ; preds = %entry, %exit22
  %qrow1 = phi i32 [ %217, %exit22 ], [ 0, %entry ]
  %24 = icmp slt i32 %qrow1, 32
  br i1 %24, label %body, label %otzero

body:                                             ; preds = %qrow
  %25 = icmp slt i32 %qrow1, %nrows
  %26 = sub i32 %nrows, 1
  %27 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %26)
  %28 = sdiv i32 %27, %nh
  %qi = add i32 %q_begin, %28
  %29 = srem i32 %27, %nh
  %h = add i32 %h_begin, %29
  %30 = mul i32 %kv_head, 128
  %hq = add i32 %30, %h
  %31 = sext i32 %qi to i64
  %32 = add i64 %q_row0, %31
  %33 = mul i64 %32, 128
  %34 = sext i32 %hq to i64
  %orow = add i64 %33, %34
  %35 = mul i64 %orow, 384
  %36 = getelementptr i8, ptr %q, i64 %35
  %37 = select i1 %25, float 0x3FBAA772A0000000, float 0.000000e+00
  %38 = insertelement <16 x float> poison, float %37, i32 0
  %splat = shufflevector <16 x float> %38, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %47, %body2 ]
  %39 = icmp slt i64 %chunk5, 8
  br i1 %39, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %40 = mul i64 %chunk5, 32
  %41 = getelementptr i8, ptr %36, i64 %40
  %42 = load <16 x i16>, ptr %41, align 2
  %43 = zext <16 x i16> %42 to <16 x i32>
  %44 = shl <16 x i32> %43, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf16 = bitcast <16 x i32> %44 to <16 x float>
  %45 = fmul <16 x float> %bf16, %splat
  %46 = getelementptr <16 x float>, ptr %qnope, i64 %chunk5
  store <16 x float> %45, ptr %46, align 64
  %47 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %48 = getelementptr <16 x float>, ptr %rowbuf, i64 32
  store <16 x float> zeroinitializer, ptr %48, align 64
  %49 = getelementptr <16 x float>, ptr %rowbuf, i64 33
  store <16 x float> zeroinitializer, ptr %49, align 64
  %50 = getelementptr <16 x float>, ptr %rowbuf, i64 34
  store <16 x float> zeroinitializer, ptr %50, align 64
  %51 = getelementptr <16 x float>, ptr %rowbuf, i64 35
  store <16 x float> zeroinitializer, ptr %51, align 64
  %52 = srem i64 %orow, 128
  %53 = getelementptr i8, ptr %0, i64 128
  %w_absorb = load ptr, ptr %53, align 8
  %54 = mul i64 %52, 128
  %55 = getelementptr float, ptr %w_absorb, i64 %54
  br label %absorb

absorb:                                           ; preds = %exit12, %exit4
  %absorb9 = phi i64 [ 0, %exit4 ], [ %185, %exit12 ]
  %56 = icmp slt i64 %absorb9, 32
  br i1 %56, label %body6, label %rope

body6:                                            ; preds = %absorb
  %57 = mul i64 %absorb9, 16
  br label %absorb_out

absorb_out:                                       ; preds = %body10, %body6
  %absorb_out13 = phi i64 [ 0, %body6 ], [ %102, %body10 ]
  %58 = icmp slt i64 %absorb_out13, 16
  br i1 %58, label %body10, label %exit12

body10:                                           ; preds = %absorb_out
  %59 = add i64 %57, %absorb_out13
  %60 = call i64 @llvm.smin.i64(i64 %59, i64 511)
  %61 = mul i64 %60, 16384
  %62 = getelementptr float, ptr %55, i64 %61
  %63 = load <16 x float>, ptr %62, align 4
  %64 = load <16 x float>, ptr %qnope, align 64
  %65 = fmul <16 x float> %64, %63
  %66 = getelementptr float, ptr %62, i64 16
  %67 = load <16 x float>, ptr %66, align 4
  %68 = getelementptr <16 x float>, ptr %qnope, i64 1
  %69 = load <16 x float>, ptr %68, align 64
  %70 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %69, <16 x float> %67, <16 x float> %65)
  %71 = getelementptr float, ptr %62, i64 32
  %72 = load <16 x float>, ptr %71, align 4
  %73 = getelementptr <16 x float>, ptr %qnope, i64 2
  %74 = load <16 x float>, ptr %73, align 64
  %75 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %74, <16 x float> %72, <16 x float> %70)
  %76 = getelementptr float, ptr %62, i64 48
  %77 = load <16 x float>, ptr %76, align 4
  %78 = getelementptr <16 x float>, ptr %qnope, i64 3
  %79 = load <16 x float>, ptr %78, align 64
  %80 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %79, <16 x float> %77, <16 x float> %75)
  %81 = getelementptr float, ptr %62, i64 64
  %82 = load <16 x float>, ptr %81, align 4
  %83 = getelementptr <16 x float>, ptr %qnope, i64 4
  %84 = load <16 x float>, ptr %83, align 64
  %85 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %84, <16 x float> %82, <16 x float> %80)
  %86 = getelementptr float, ptr %62, i64 80
  %87 = load <16 x float>, ptr %86, align 4
  %88 = getelementptr <16 x float>, ptr %qnope, i64 5
  %89 = load <16 x float>, ptr %88, align 64
  %90 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %89, <16 x float> %87, <16 x float> %85)
  %91 = getelementptr float, ptr %62, i64 96
  %92 = load <16 x float>, ptr %91, align 4
  %93 = getelementptr <16 x float>, ptr %qnope, i64 6
  %94 = load <16 x float>, ptr %93, align 64
  %95 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %94, <16 x float> %92, <16 x float> %90)
  %96 = getelementptr float, ptr %62, i64 112
  %97 = load <16 x float>, ptr %96, align 4
  %98 = getelementptr <16 x float>, ptr %qnope, i64 7
  %99 = load <16 x float>, ptr %98, align 64
  %100 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %99, <16 x float> %97, <16 x float> %95)
  %101 = getelementptr <16 x float>, ptr %dots, i64 %absorb_out13
  store <16 x float> %100, ptr %101, align 64
  %102 = add nsw i64 %absorb_out13, 1
  br label %absorb_out

exit12:                                           ; preds = %absorb_out
  %103 = load <16 x float>, ptr %dots, align 64
  %104 = getelementptr <16 x float>, ptr %dots, i64 1
  %105 = load <16 x float>, ptr %104, align 64
  %106 = shufflevector <16 x float> %103, <16 x float> %105, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %107 = shufflevector <16 x float> %103, <16 x float> %105, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %108 = fadd <16 x float> %106, %107
  %109 = getelementptr <16 x float>, ptr %dots, i64 2
  %110 = load <16 x float>, ptr %109, align 64
  %111 = getelementptr <16 x float>, ptr %dots, i64 3
  %112 = load <16 x float>, ptr %111, align 64
  %113 = shufflevector <16 x float> %110, <16 x float> %112, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %114 = shufflevector <16 x float> %110, <16 x float> %112, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %115 = fadd <16 x float> %113, %114
  %116 = shufflevector <16 x float> %108, <16 x float> %115, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %117 = shufflevector <16 x float> %108, <16 x float> %115, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %118 = fadd <16 x float> %116, %117
  %119 = getelementptr <16 x float>, ptr %dots, i64 4
  %120 = load <16 x float>, ptr %119, align 64
  %121 = getelementptr <16 x float>, ptr %dots, i64 5
  %122 = load <16 x float>, ptr %121, align 64
  %123 = shufflevector <16 x float> %120, <16 x float> %122, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %124 = shufflevector <16 x float> %120, <16 x float> %122, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %125 = fadd <16 x float> %123, %124
  %126 = getelementptr <16 x float>, ptr %dots, i64 6
  %127 = load <16 x float>, ptr %126, align 64
  %128 = getelementptr <16 x float>, ptr %dots, i64 7
  %129 = load <16 x float>, ptr %128, align 64
  %130 = shufflevector <16 x float> %127, <16 x float> %129, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %131 = shufflevector <16 x float> %127, <16 x float> %129, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %132 = fadd <16 x float> %130, %131
  %133 = shufflevector <16 x float> %125, <16 x float> %132, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %134 = shufflevector <16 x float> %125, <16 x float> %132, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %135 = fadd <16 x float> %133, %134
  %136 = shufflevector <16 x float> %118, <16 x float> %135, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %137 = shufflevector <16 x float> %118, <16 x float> %135, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %138 = fadd <16 x float> %136, %137
  %139 = getelementptr <16 x float>, ptr %dots, i64 8
  %140 = load <16 x float>, ptr %139, align 64
  %141 = getelementptr <16 x float>, ptr %dots, i64 9
  %142 = load <16 x float>, ptr %141, align 64
  %143 = shufflevector <16 x float> %140, <16 x float> %142, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %144 = shufflevector <16 x float> %140, <16 x float> %142, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %145 = fadd <16 x float> %143, %144
  %146 = getelementptr <16 x float>, ptr %dots, i64 10
  %147 = load <16 x float>, ptr %146, align 64
  %148 = getelementptr <16 x float>, ptr %dots, i64 11
  %149 = load <16 x float>, ptr %148, align 64
  %150 = shufflevector <16 x float> %147, <16 x float> %149, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %151 = shufflevector <16 x float> %147, <16 x float> %149, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %152 = fadd <16 x float> %150, %151
  %153 = shufflevector <16 x float> %145, <16 x float> %152, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %154 = shufflevector <16 x float> %145, <16 x float> %152, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %155 = fadd <16 x float> %153, %154
  %156 = getelementptr <16 x float>, ptr %dots, i64 12
  %157 = load <16 x float>, ptr %156, align 64
  %158 = getelementptr <16 x float>, ptr %dots, i64 13
  %159 = load <16 x float>, ptr %158, align 64
  %160 = shufflevector <16 x float> %157, <16 x float> %159, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %161 = shufflevector <16 x float> %157, <16 x float> %159, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %162 = fadd <16 x float> %160, %161
  %163 = getelementptr <16 x float>, ptr %dots, i64 14
  %164 = load <16 x float>, ptr %163, align 64
  %165 = getelementptr <16 x float>, ptr %dots, i64 15
  %166 = load <16 x float>, ptr %165, align 64
  %167 = shufflevector <16 x float> %164, <16 x float> %166, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %168 = shufflevector <16 x float> %164, <16 x float> %166, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %169 = fadd <16 x float> %167, %168
  %170 = shufflevector <16 x float> %162, <16 x float> %169, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %171 = shufflevector <16 x float> %162, <16 x float> %169, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %172 = fadd <16 x float> %170, %171
  %173 = shufflevector <16 x float> %155, <16 x float> %172, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %174 = shufflevector <16 x float> %155, <16 x float> %172, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %175 = fadd <16 x float> %173, %174
  %176 = shufflevector <16 x float> %138, <16 x float> %175, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %177 = shufflevector <16 x float> %138, <16 x float> %175, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %178 = fadd <16 x float> %176, %177
  %179 = trunc i64 %57 to i32
  %180 = insertelement <16 x i32> poison, i32 %179, i32 0
  %splat14 = shufflevector <16 x i32> %180, <16 x i32> poison, <16 x i32> zeroinitializer
  %181 = add <16 x i32> %splat14, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %182 = icmp slt <16 x i32> %181, <i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512>
  %183 = getelementptr <16 x float>, ptr %rowbuf, i64 %absorb9
  %184 = select <16 x i1> %182, <16 x float> %178, <16 x float> zeroinitializer
  store <16 x float> %184, ptr %183, align 64
  %185 = add nsw i64 %absorb9, 1
  br label %absorb

rope:                                             ; preds = %absorb, %body15
  %rope18 = phi i64 [ %197, %body15 ], [ 0, %absorb ]
  %186 = icmp slt i64 %rope18, 64
  br i1 %186, label %body15, label %exit17

body15:                                           ; preds = %rope
  %187 = add i64 %rope18, 128
  %188 = mul i64 %187, 2
  %189 = getelementptr i8, ptr %36, i64 %188
  %190 = call <16 x i16> @llvm.masked.load.v16i16.p0(ptr %189, i32 2, <16 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <16 x i16> zeroinitializer)
  %191 = zext <16 x i16> %190 to <16 x i32>
  %192 = shl <16 x i32> %191, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1619 = bitcast <16 x i32> %192 to <16 x float>
  %193 = extractelement <16 x float> %bf1619, i32 0
  %194 = add i64 %rope18, 512
  %195 = getelementptr float, ptr %rowbuf, i64 %194
  %196 = fmul float %193, %37
  store float %196, ptr %195, align 4
  %197 = add nsw i64 %rope18, 1
  br label %rope

exit17:                                           ; preds = %rope
  %198 = sext i32 %qrow1 to i64
  %199 = getelementptr i32, ptr %lims, i64 %198
  %200 = add i32 %q_pos0, %qi
  %201 = add i32 %200, 1
  %202 = call i32 @llvm.smin.i32(i32 %201, i32 %k_end)
  store i32 %202, ptr %199, align 4
  %203 = sdiv i32 %qrow1, 32
  %204 = sext i32 %203 to i64
  %205 = mul i64 %204, 18432
  %206 = getelementptr i32, ptr %qt, i64 %205
  %207 = srem i32 %qrow1, 32
  br label %qcol

qcol:                                             ; preds = %body20, %exit17
  %qcol23 = phi i32 [ 0, %exit17 ], [ %216, %body20 ]
  %208 = icmp slt i32 %qcol23, 576
  br i1 %208, label %body20, label %exit22

body20:                                           ; preds = %qcol
  %209 = sext i32 %qcol23 to i64
  %210 = getelementptr i32, ptr %rowbuf, i64 %209
  %211 = load float, ptr %210, align 4
  %212 = sext i32 %207 to i64
  %213 = mul i64 %209, 32
  %214 = add i64 %213, %212
  %215 = getelementptr i32, ptr %206, i64 %214
  store float %211, ptr %215, align 4
  %216 = add nsw i32 %qcol23, 1
  br label %qcol

exit22:                                           ; preds = %qcol
  %217 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body24
  %otzero27 = phi i32 [ %222, %body24 ], [ 0, %qrow ]
  %218 = icmp slt i32 %otzero27, 1024
  br i1 %218, label %body24, label %exit26

body24:                                           ; preds = %otzero
  %219 = sext i32 %otzero27 to i64
  %220 = mul i64 %219, 16
  %221 = getelementptr i32, ptr %ot, i64 %220
  store <16 x float> zeroinitializer, ptr %221, align 64
  %222 = add nsw i32 %otzero27, 1
  br label %otzero

exit26:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %223 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %223, align 64
  %224 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %224, align 64
  %225 = sub i32 %nrows, 1
  %226 = sdiv i32 %225, %nh
  %227 = add i32 %q_begin, %226
  %228 = add i32 %q_pos0, %227
  %229 = add i32 %228, 1
  %230 = call i32 @llvm.smin.i32(i32 %229, i32 %k_end)
  %k_last = sub i32 %230, 1
  br label %ktile

ktile:                                            ; preds = %exit54, %exit26
  %ktile31 = phi i32 [ %k_begin, %exit26 ], [ %296, %exit54 ]
  %231 = icmp slt i32 %ktile31, %230
  br i1 %231, label %body28, label %exit30

body28:                                           ; preds = %ktile
  %232 = sub i32 %230, %ktile31
  %233 = call i32 @llvm.smin.i32(i32 12, i32 %232)
  %234 = add i32 %233, 11
  %235 = sdiv i32 %234, 12
  %236 = mul i32 %235, 12
  br label %kpack

exit30:                                           ; preds = %ktile
  %237 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %237, ptr %ms, align 64
  %238 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %238, ptr %ls, align 64
  %239 = getelementptr float, ptr %ms, i64 16
  %240 = load <16 x float>, ptr %223, align 64
  store <16 x float> %240, ptr %239, align 64
  %241 = getelementptr float, ptr %ls, i64 16
  %242 = load <16 x float>, ptr %224, align 64
  store <16 x float> %242, ptr %241, align 64
  br label %orow136

kpack:                                            ; preds = %exit39, %body28
  %kpack35 = phi i32 [ 0, %body28 ], [ %262, %exit39 ]
  %243 = icmp slt i32 %kpack35, %236
  br i1 %243, label %body32, label %vpack

body32:                                           ; preds = %kpack
  %244 = add i32 %ktile31, %kpack35
  %245 = call i32 @llvm.smin.i32(i32 %244, i32 %k_last)
  %246 = sext i32 %245 to i64
  %247 = mul i64 %246, 1152
  %248 = getelementptr i8, ptr %22, i64 %247
  %249 = sext i32 %kpack35 to i64
  %250 = mul i64 %249, 576
  %251 = getelementptr i32, ptr %kbuf, i64 %250
  br label %chunk36

chunk36:                                          ; preds = %body37, %body32
  %chunk40 = phi i64 [ 0, %body32 ], [ %261, %body37 ]
  %252 = icmp slt i64 %chunk40, 36
  br i1 %252, label %body37, label %exit39

body37:                                           ; preds = %chunk36
  %253 = mul i64 %chunk40, 16
  %254 = mul i64 %253, 2
  %255 = mul i64 %253, 4
  %256 = getelementptr i8, ptr %248, i64 %254
  %257 = load <16 x i16>, ptr %256, align 2
  %258 = zext <16 x i16> %257 to <16 x i32>
  %259 = shl <16 x i32> %258, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1641 = bitcast <16 x i32> %259 to <16 x float>
  %260 = getelementptr i8, ptr %251, i64 %255
  store <16 x float> %bf1641, ptr %260, align 64
  %261 = add nsw i64 %chunk40, 1
  br label %chunk36

exit39:                                           ; preds = %chunk36
  %262 = add nsw i32 %kpack35, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %exit49
  %vpack45 = phi i32 [ %282, %exit49 ], [ 0, %kpack ]
  %263 = icmp slt i32 %vpack45, %233
  br i1 %263, label %body42, label %exit44

body42:                                           ; preds = %vpack
  %264 = add i32 %ktile31, %vpack45
  %265 = sext i32 %264 to i64
  %266 = mul i64 %265, 1152
  %267 = getelementptr i8, ptr %22, i64 %266
  %268 = sext i32 %vpack45 to i64
  %269 = mul i64 %268, 512
  %270 = getelementptr i32, ptr %vbuf, i64 %269
  br label %chunk46

exit44:                                           ; preds = %vpack
  %271 = add i32 %nrows, 31
  %nblk = sdiv i32 %271, 32
  br label %rblock

chunk46:                                          ; preds = %body47, %body42
  %chunk50 = phi i64 [ 0, %body42 ], [ %281, %body47 ]
  %272 = icmp slt i64 %chunk50, 32
  br i1 %272, label %body47, label %exit49

body47:                                           ; preds = %chunk46
  %273 = mul i64 %chunk50, 16
  %274 = mul i64 %273, 2
  %275 = mul i64 %273, 4
  %276 = getelementptr i8, ptr %267, i64 %274
  %277 = load <16 x i16>, ptr %276, align 2
  %278 = zext <16 x i16> %277 to <16 x i32>
  %279 = shl <16 x i32> %278, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1651 = bitcast <16 x i32> %279 to <16 x float>
  %280 = getelementptr i8, ptr %270, i64 %275
  store <16 x float> %bf1651, ptr %280, align 64
  %281 = add nsw i64 %chunk50, 1
  br label %chunk46

exit49:                                           ; preds = %chunk46
  %282 = add nsw i32 %vpack45, 1
  br label %vpack

rblock:                                           ; preds = %join, %exit44
  %rblock55 = phi i32 [ 0, %exit44 ], [ %308, %join ]
  %283 = icmp slt i32 %rblock55, %nblk
  br i1 %283, label %body52, label %exit54

body52:                                           ; preds = %rblock
  %284 = sext i32 %rblock55 to i64
  %285 = mul i32 %rblock55, 32
  %286 = add i32 %285, 31
  %287 = call i32 @llvm.smin.i32(i32 %286, i32 %225)
  %288 = sdiv i32 %287, %nh
  %289 = add i32 %q_begin, %288
  %290 = add i32 %q_pos0, %289
  %291 = add i32 %290, 1
  %292 = call i32 @llvm.smin.i32(i32 %291, i32 %k_end)
  %293 = sub i32 %292, %ktile31
  %294 = call i32 @llvm.smin.i32(i32 %233, i32 %293)
  %295 = icmp sgt i32 %294, 0
  br i1 %295, label %rvisit, label %join

exit54:                                           ; preds = %rblock
  %296 = add nsw i32 %ktile31, 12
  br label %ktile

rvisit:                                           ; preds = %body52
  %297 = mul i64 %284, 18432
  %298 = getelementptr i32, ptr %qt, i64 %297
  %299 = mul i64 %284, 16384
  %300 = getelementptr i32, ptr %ot, i64 %299
  %301 = mul i64 %284, 2
  %302 = getelementptr <16 x float>, ptr %mv, i64 %301
  %303 = getelementptr <16 x float>, ptr %lv, i64 %301
  %304 = mul i64 %284, 32
  %305 = getelementptr i32, ptr %lims, i64 %304
  %limv = load <16 x i32>, ptr %305, align 64
  %306 = add i64 %304, 16
  %307 = getelementptr i32, ptr %lims, i64 %306
  %limv56 = load <16 x i32>, ptr %307, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body52
  %308 = add nsw i32 %rblock55, 1
  br label %rblock

sblock:                                           ; preds = %exit63, %rvisit
  %sblock60 = phi i32 [ 0, %rvisit ], [ %392, %exit63 ]
  %309 = icmp slt i32 %sblock60, %294
  br i1 %309, label %body57, label %smask

body57:                                           ; preds = %sblock
  %310 = sext i32 %sblock60 to i64
  %311 = mul i64 %310, 576
  %312 = getelementptr i32, ptr %kbuf, i64 %311
  br label %sdim

sdim:                                             ; preds = %body61, %body57
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %365, %body61 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %364, %body61 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %361, %body61 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %360, %body61 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %357, %body61 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %356, %body61 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %353, %body61 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %352, %body61 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %349, %body61 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %348, %body61 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %345, %body61 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %344, %body61 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %341, %body61 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %340, %body61 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %337, %body61 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %336, %body61 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %333, %body61 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %332, %body61 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %329, %body61 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %328, %body61 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %325, %body61 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %324, %body61 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %321, %body61 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %320, %body61 ]
  %sdim64 = phi i32 [ 0, %body57 ], [ %366, %body61 ]
  %313 = icmp slt i32 %sdim64, 576
  br i1 %313, label %body61, label %exit63

body61:                                           ; preds = %sdim
  %314 = sext i32 %sdim64 to i64
  %315 = mul i64 %314, 32
  %316 = getelementptr i32, ptr %298, i64 %315
  %qt65 = load <16 x float>, ptr %316, align 64
  %317 = getelementptr i32, ptr %316, i64 16
  %qt66 = load <16 x float>, ptr %317, align 64
  %318 = getelementptr i32, ptr %312, i64 %314
  %k = load float, ptr %318, align 4
  %319 = insertelement <16 x float> poison, float %k, i32 0
  %splat67 = shufflevector <16 x float> %319, <16 x float> poison, <16 x i32> zeroinitializer
  %320 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat67, <16 x float> %sacc.sroa.0.0)
  %321 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat67, <16 x float> %sacc.sroa.4.0)
  %322 = getelementptr i32, ptr %318, i64 576
  %k68 = load float, ptr %322, align 4
  %323 = insertelement <16 x float> poison, float %k68, i32 0
  %splat69 = shufflevector <16 x float> %323, <16 x float> poison, <16 x i32> zeroinitializer
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat69, <16 x float> %sacc.sroa.8.0)
  %325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat69, <16 x float> %sacc.sroa.12.0)
  %326 = getelementptr i32, ptr %318, i64 1152
  %k70 = load float, ptr %326, align 4
  %327 = insertelement <16 x float> poison, float %k70, i32 0
  %splat71 = shufflevector <16 x float> %327, <16 x float> poison, <16 x i32> zeroinitializer
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat71, <16 x float> %sacc.sroa.16.0)
  %329 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat71, <16 x float> %sacc.sroa.20.0)
  %330 = getelementptr i32, ptr %318, i64 1728
  %k72 = load float, ptr %330, align 4
  %331 = insertelement <16 x float> poison, float %k72, i32 0
  %splat73 = shufflevector <16 x float> %331, <16 x float> poison, <16 x i32> zeroinitializer
  %332 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat73, <16 x float> %sacc.sroa.24.0)
  %333 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat73, <16 x float> %sacc.sroa.28.0)
  %334 = getelementptr i32, ptr %318, i64 2304
  %k74 = load float, ptr %334, align 4
  %335 = insertelement <16 x float> poison, float %k74, i32 0
  %splat75 = shufflevector <16 x float> %335, <16 x float> poison, <16 x i32> zeroinitializer
  %336 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat75, <16 x float> %sacc.sroa.32.0)
  %337 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat75, <16 x float> %sacc.sroa.36.0)
  %338 = getelementptr i32, ptr %318, i64 2880
  %k76 = load float, ptr %338, align 4
  %339 = insertelement <16 x float> poison, float %k76, i32 0
  %splat77 = shufflevector <16 x float> %339, <16 x float> poison, <16 x i32> zeroinitializer
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat77, <16 x float> %sacc.sroa.40.0)
  %341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat77, <16 x float> %sacc.sroa.44.0)
  %342 = getelementptr i32, ptr %318, i64 3456
  %k78 = load float, ptr %342, align 4
  %343 = insertelement <16 x float> poison, float %k78, i32 0
  %splat79 = shufflevector <16 x float> %343, <16 x float> poison, <16 x i32> zeroinitializer
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat79, <16 x float> %sacc.sroa.48.0)
  %345 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat79, <16 x float> %sacc.sroa.52.0)
  %346 = getelementptr i32, ptr %318, i64 4032
  %k80 = load float, ptr %346, align 4
  %347 = insertelement <16 x float> poison, float %k80, i32 0
  %splat81 = shufflevector <16 x float> %347, <16 x float> poison, <16 x i32> zeroinitializer
  %348 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat81, <16 x float> %sacc.sroa.56.0)
  %349 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat81, <16 x float> %sacc.sroa.60.0)
  %350 = getelementptr i32, ptr %318, i64 4608
  %k82 = load float, ptr %350, align 4
  %351 = insertelement <16 x float> poison, float %k82, i32 0
  %splat83 = shufflevector <16 x float> %351, <16 x float> poison, <16 x i32> zeroinitializer
  %352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat83, <16 x float> %sacc.sroa.64.0)
  %353 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat83, <16 x float> %sacc.sroa.68.0)
  %354 = getelementptr i32, ptr %318, i64 5184
  %k84 = load float, ptr %354, align 4
  %355 = insertelement <16 x float> poison, float %k84, i32 0
  %splat85 = shufflevector <16 x float> %355, <16 x float> poison, <16 x i32> zeroinitializer
  %356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat85, <16 x float> %sacc.sroa.72.0)
  %357 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat85, <16 x float> %sacc.sroa.76.0)
  %358 = getelementptr i32, ptr %318, i64 5760
  %k86 = load float, ptr %358, align 4
  %359 = insertelement <16 x float> poison, float %k86, i32 0
  %splat87 = shufflevector <16 x float> %359, <16 x float> poison, <16 x i32> zeroinitializer
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat87, <16 x float> %sacc.sroa.80.0)
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat87, <16 x float> %sacc.sroa.84.0)
  %362 = getelementptr i32, ptr %318, i64 6336
  %k88 = load float, ptr %362, align 4
  %363 = insertelement <16 x float> poison, float %k88, i32 0
  %splat89 = shufflevector <16 x float> %363, <16 x float> poison, <16 x i32> zeroinitializer
  %364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat89, <16 x float> %sacc.sroa.88.0)
  %365 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat89, <16 x float> %sacc.sroa.92.0)
  %366 = add nsw i32 %sdim64, 1
  br label %sdim

exit63:                                           ; preds = %sdim
  %367 = mul i64 %310, 32
  %368 = getelementptr i32, ptr %st, i64 %367
  store <16 x float> %sacc.sroa.0.0, ptr %368, align 64
  %369 = getelementptr i32, ptr %368, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %369, align 64
  %370 = getelementptr i32, ptr %368, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %370, align 64
  %371 = getelementptr i32, ptr %368, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %371, align 64
  %372 = getelementptr i32, ptr %368, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %372, align 64
  %373 = getelementptr i32, ptr %368, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %373, align 64
  %374 = getelementptr i32, ptr %368, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %374, align 64
  %375 = getelementptr i32, ptr %368, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %375, align 64
  %376 = getelementptr i32, ptr %368, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %376, align 64
  %377 = getelementptr i32, ptr %368, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %377, align 64
  %378 = getelementptr i32, ptr %368, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %378, align 64
  %379 = getelementptr i32, ptr %368, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %379, align 64
  %380 = getelementptr i32, ptr %368, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %380, align 64
  %381 = getelementptr i32, ptr %368, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %381, align 64
  %382 = getelementptr i32, ptr %368, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %382, align 64
  %383 = getelementptr i32, ptr %368, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %383, align 64
  %384 = getelementptr i32, ptr %368, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %384, align 64
  %385 = getelementptr i32, ptr %368, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %385, align 64
  %386 = getelementptr i32, ptr %368, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %386, align 64
  %387 = getelementptr i32, ptr %368, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %387, align 64
  %388 = getelementptr i32, ptr %368, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %388, align 64
  %389 = getelementptr i32, ptr %368, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %389, align 64
  %390 = getelementptr i32, ptr %368, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %390, align 64
  %391 = getelementptr i32, ptr %368, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %391, align 64
  %392 = add nsw i32 %sblock60, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body90
  %tmax.sroa.4.0 = phi <16 x float> [ %406, %body90 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %401, %body90 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask93 = phi i32 [ %407, %body90 ], [ 0, %sblock ]
  %393 = icmp slt i32 %smask93, %294
  br i1 %393, label %body90, label %exit92

body90:                                           ; preds = %smask
  %394 = add i32 %ktile31, %smask93
  %395 = insertelement <16 x i32> poison, i32 %394, i32 0
  %splat94 = shufflevector <16 x i32> %395, <16 x i32> poison, <16 x i32> zeroinitializer
  %396 = sext i32 %smask93 to i64
  %397 = mul i64 %396, 32
  %398 = getelementptr i32, ptr %st, i64 %397
  %s = load <16 x float>, ptr %398, align 64
  %399 = icmp slt <16 x i32> %splat94, %limv
  %400 = select <16 x i1> %399, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %400, ptr %398, align 64
  %401 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %400)
  %402 = add i64 %397, 16
  %403 = getelementptr i32, ptr %st, i64 %402
  %s95 = load <16 x float>, ptr %403, align 64
  %404 = icmp slt <16 x i32> %splat94, %limv56
  %405 = select <16 x i1> %404, <16 x float> %s95, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %405, ptr %403, align 64
  %406 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %405)
  %407 = add nsw i32 %smask93, 1
  br label %smask

exit92:                                           ; preds = %smask
  %m = load <16 x float>, ptr %302, align 64
  %408 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %409 = fcmp oeq <16 x float> %408, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse96 = select <16 x i1> %409, <16 x float> zeroinitializer, <16 x float> %408
  %410 = fsub <16 x float> %m, %muse96
  %411 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %410, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %412 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %411, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %413 = fadd <16 x float> %412, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %413, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %412, %n
  %414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %415 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %414, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %416 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %415, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %417 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %416, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %418 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %417, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %419 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %418, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %420 = fptosi <16 x float> %n to <16 x i32>
  %421 = add <16 x i32> %420, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %422 = shl <16 x i32> %421, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %423 = bitcast <16 x i32> %422 to <16 x float>
  %exp2 = fmul <16 x float> %419, %423
  store <16 x float> %408, ptr %302, align 64
  %424 = getelementptr <16 x float>, ptr %302, i64 1
  %m97 = load <16 x float>, ptr %424, align 64
  %425 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m97, <16 x float> %tmax.sroa.4.0)
  %426 = fcmp oeq <16 x float> %425, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse98 = select <16 x i1> %426, <16 x float> zeroinitializer, <16 x float> %425
  %427 = fsub <16 x float> %m97, %muse98
  %428 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %427, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %429 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %428, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %430 = fadd <16 x float> %429, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n99 = fsub <16 x float> %430, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f100 = fsub <16 x float> %429, %n99
  %431 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f100, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %432 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %431, <16 x float> %f100, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %433 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %432, <16 x float> %f100, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %433, <16 x float> %f100, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %435 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %434, <16 x float> %f100, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %436 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %435, <16 x float> %f100, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %437 = fptosi <16 x float> %n99 to <16 x i32>
  %438 = add <16 x i32> %437, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %439 = shl <16 x i32> %438, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %440 = bitcast <16 x i32> %439 to <16 x float>
  %exp2101 = fmul <16 x float> %436, %440
  store <16 x float> %425, ptr %424, align 64
  br label %sexp

sexp:                                             ; preds = %body102, %exit92
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit92 ], [ %478, %body102 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit92 ], [ %460, %body102 ]
  %sexp105 = phi i32 [ 0, %exit92 ], [ %479, %body102 ]
  %441 = icmp slt i32 %sexp105, %294
  br i1 %441, label %body102, label %exit104

body102:                                          ; preds = %sexp
  %442 = sext i32 %sexp105 to i64
  %443 = mul i64 %442, 32
  %444 = getelementptr i32, ptr %st, i64 %443
  %445 = load <16 x float>, ptr %444, align 64
  %446 = fsub <16 x float> %445, %muse96
  %447 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %446, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %448 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %447, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %449 = fadd <16 x float> %448, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n106 = fsub <16 x float> %449, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f107 = fsub <16 x float> %448, %n106
  %450 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f107, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %451 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %450, <16 x float> %f107, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %452 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %451, <16 x float> %f107, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %453 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %452, <16 x float> %f107, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %454 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %453, <16 x float> %f107, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %455 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %454, <16 x float> %f107, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %456 = fptosi <16 x float> %n106 to <16 x i32>
  %457 = add <16 x i32> %456, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %458 = shl <16 x i32> %457, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %459 = bitcast <16 x i32> %458 to <16 x float>
  %exp2108 = fmul <16 x float> %455, %459
  store <16 x float> %exp2108, ptr %444, align 64
  %460 = fadd <16 x float> %lsum.sroa.0.0, %exp2108
  %461 = add i64 %443, 16
  %462 = getelementptr i32, ptr %st, i64 %461
  %463 = load <16 x float>, ptr %462, align 64
  %464 = fsub <16 x float> %463, %muse98
  %465 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %464, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %466 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %465, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %467 = fadd <16 x float> %466, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n109 = fsub <16 x float> %467, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f110 = fsub <16 x float> %466, %n109
  %468 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f110, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %468, <16 x float> %f110, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %470 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %469, <16 x float> %f110, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %471 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %470, <16 x float> %f110, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %472 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %471, <16 x float> %f110, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %473 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %472, <16 x float> %f110, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %474 = fptosi <16 x float> %n109 to <16 x i32>
  %475 = add <16 x i32> %474, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %476 = shl <16 x i32> %475, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %477 = bitcast <16 x i32> %476 to <16 x float>
  %exp2111 = fmul <16 x float> %473, %477
  store <16 x float> %exp2111, ptr %462, align 64
  %478 = fadd <16 x float> %lsum.sroa.4.0, %exp2111
  %479 = add nsw i32 %sexp105, 1
  br label %sexp

exit104:                                          ; preds = %sexp
  %480 = load <16 x float>, ptr %303, align 64
  %481 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %480, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %481, ptr %303, align 64
  %482 = getelementptr <16 x float>, ptr %303, i64 1
  %483 = load <16 x float>, ptr %482, align 64
  %484 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %483, <16 x float> %exp2101, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %484, ptr %482, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit118, %exit104
  %pvblock115 = phi i32 [ 0, %exit104 ], [ %578, %exit118 ]
  %485 = icmp slt i32 %pvblock115, 64
  br i1 %485, label %body112, label %join

body112:                                          ; preds = %pvblock
  %486 = mul i32 %pvblock115, 8
  %487 = sext i32 %486 to i64
  %488 = mul i64 %487, 32
  %489 = getelementptr i32, ptr %300, i64 %488
  %490 = load <16 x float>, ptr %489, align 64
  %491 = fmul <16 x float> %490, %exp2
  %492 = getelementptr i32, ptr %489, i64 16
  %493 = load <16 x float>, ptr %492, align 64
  %494 = fmul <16 x float> %493, %exp2101
  %495 = getelementptr i32, ptr %489, i64 32
  %496 = load <16 x float>, ptr %495, align 64
  %497 = fmul <16 x float> %496, %exp2
  %498 = getelementptr i32, ptr %489, i64 48
  %499 = load <16 x float>, ptr %498, align 64
  %500 = fmul <16 x float> %499, %exp2101
  %501 = getelementptr i32, ptr %489, i64 64
  %502 = load <16 x float>, ptr %501, align 64
  %503 = fmul <16 x float> %502, %exp2
  %504 = getelementptr i32, ptr %489, i64 80
  %505 = load <16 x float>, ptr %504, align 64
  %506 = fmul <16 x float> %505, %exp2101
  %507 = getelementptr i32, ptr %489, i64 96
  %508 = load <16 x float>, ptr %507, align 64
  %509 = fmul <16 x float> %508, %exp2
  %510 = getelementptr i32, ptr %489, i64 112
  %511 = load <16 x float>, ptr %510, align 64
  %512 = fmul <16 x float> %511, %exp2101
  %513 = getelementptr i32, ptr %489, i64 128
  %514 = load <16 x float>, ptr %513, align 64
  %515 = fmul <16 x float> %514, %exp2
  %516 = getelementptr i32, ptr %489, i64 144
  %517 = load <16 x float>, ptr %516, align 64
  %518 = fmul <16 x float> %517, %exp2101
  %519 = getelementptr i32, ptr %489, i64 160
  %520 = load <16 x float>, ptr %519, align 64
  %521 = fmul <16 x float> %520, %exp2
  %522 = getelementptr i32, ptr %489, i64 176
  %523 = load <16 x float>, ptr %522, align 64
  %524 = fmul <16 x float> %523, %exp2101
  %525 = getelementptr i32, ptr %489, i64 192
  %526 = load <16 x float>, ptr %525, align 64
  %527 = fmul <16 x float> %526, %exp2
  %528 = getelementptr i32, ptr %489, i64 208
  %529 = load <16 x float>, ptr %528, align 64
  %530 = fmul <16 x float> %529, %exp2101
  %531 = getelementptr i32, ptr %489, i64 224
  %532 = load <16 x float>, ptr %531, align 64
  %533 = fmul <16 x float> %532, %exp2
  %534 = getelementptr i32, ptr %489, i64 240
  %535 = load <16 x float>, ptr %534, align 64
  %536 = fmul <16 x float> %535, %exp2101
  br label %kpv

kpv:                                              ; preds = %body116, %body112
  %o.sroa.44.0 = phi <16 x float> [ %524, %body112 ], [ %568, %body116 ]
  %o.sroa.40.0 = phi <16 x float> [ %521, %body112 ], [ %567, %body116 ]
  %o.sroa.36.0 = phi <16 x float> [ %518, %body112 ], [ %564, %body116 ]
  %o.sroa.32.0 = phi <16 x float> [ %515, %body112 ], [ %563, %body116 ]
  %o.sroa.28.0 = phi <16 x float> [ %512, %body112 ], [ %560, %body116 ]
  %o.sroa.24.0 = phi <16 x float> [ %509, %body112 ], [ %559, %body116 ]
  %o.sroa.20.0 = phi <16 x float> [ %506, %body112 ], [ %556, %body116 ]
  %o.sroa.16.0 = phi <16 x float> [ %503, %body112 ], [ %555, %body116 ]
  %o.sroa.12.0 = phi <16 x float> [ %500, %body112 ], [ %552, %body116 ]
  %o.sroa.8.0 = phi <16 x float> [ %497, %body112 ], [ %551, %body116 ]
  %o.sroa.4.0 = phi <16 x float> [ %494, %body112 ], [ %548, %body116 ]
  %o.sroa.0.0 = phi <16 x float> [ %491, %body112 ], [ %547, %body116 ]
  %o.sroa.48.0 = phi <16 x float> [ %527, %body112 ], [ %571, %body116 ]
  %o.sroa.52.0 = phi <16 x float> [ %530, %body112 ], [ %572, %body116 ]
  %o.sroa.56.0 = phi <16 x float> [ %533, %body112 ], [ %575, %body116 ]
  %o.sroa.60.0 = phi <16 x float> [ %536, %body112 ], [ %576, %body116 ]
  %kpv119 = phi i32 [ 0, %body112 ], [ %577, %body116 ]
  %537 = icmp slt i32 %kpv119, %294
  br i1 %537, label %body116, label %exit118

body116:                                          ; preds = %kpv
  %538 = sext i32 %kpv119 to i64
  %539 = mul i64 %538, 32
  %540 = getelementptr i32, ptr %st, i64 %539
  %p = load <16 x float>, ptr %540, align 64
  %541 = add i64 %539, 16
  %542 = getelementptr i32, ptr %st, i64 %541
  %p120 = load <16 x float>, ptr %542, align 64
  %543 = mul i64 %538, 2048
  %544 = getelementptr i8, ptr %vbuf, i64 %543
  %545 = getelementptr i32, ptr %544, i64 %487
  %v = load float, ptr %545, align 4
  %546 = insertelement <16 x float> poison, float %v, i32 0
  %splat121 = shufflevector <16 x float> %546, <16 x float> poison, <16 x i32> zeroinitializer
  %547 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat121, <16 x float> %o.sroa.0.0)
  %548 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p120, <16 x float> %splat121, <16 x float> %o.sroa.4.0)
  %549 = getelementptr i32, ptr %545, i64 1
  %v122 = load float, ptr %549, align 4
  %550 = insertelement <16 x float> poison, float %v122, i32 0
  %splat123 = shufflevector <16 x float> %550, <16 x float> poison, <16 x i32> zeroinitializer
  %551 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat123, <16 x float> %o.sroa.8.0)
  %552 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p120, <16 x float> %splat123, <16 x float> %o.sroa.12.0)
  %553 = getelementptr i32, ptr %545, i64 2
  %v124 = load float, ptr %553, align 4
  %554 = insertelement <16 x float> poison, float %v124, i32 0
  %splat125 = shufflevector <16 x float> %554, <16 x float> poison, <16 x i32> zeroinitializer
  %555 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat125, <16 x float> %o.sroa.16.0)
  %556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p120, <16 x float> %splat125, <16 x float> %o.sroa.20.0)
  %557 = getelementptr i32, ptr %545, i64 3
  %v126 = load float, ptr %557, align 4
  %558 = insertelement <16 x float> poison, float %v126, i32 0
  %splat127 = shufflevector <16 x float> %558, <16 x float> poison, <16 x i32> zeroinitializer
  %559 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat127, <16 x float> %o.sroa.24.0)
  %560 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p120, <16 x float> %splat127, <16 x float> %o.sroa.28.0)
  %561 = getelementptr i32, ptr %545, i64 4
  %v128 = load float, ptr %561, align 4
  %562 = insertelement <16 x float> poison, float %v128, i32 0
  %splat129 = shufflevector <16 x float> %562, <16 x float> poison, <16 x i32> zeroinitializer
  %563 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat129, <16 x float> %o.sroa.32.0)
  %564 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p120, <16 x float> %splat129, <16 x float> %o.sroa.36.0)
  %565 = getelementptr i32, ptr %545, i64 5
  %v130 = load float, ptr %565, align 4
  %566 = insertelement <16 x float> poison, float %v130, i32 0
  %splat131 = shufflevector <16 x float> %566, <16 x float> poison, <16 x i32> zeroinitializer
  %567 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat131, <16 x float> %o.sroa.40.0)
  %568 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p120, <16 x float> %splat131, <16 x float> %o.sroa.44.0)
  %569 = getelementptr i32, ptr %545, i64 6
  %v132 = load float, ptr %569, align 4
  %570 = insertelement <16 x float> poison, float %v132, i32 0
  %splat133 = shufflevector <16 x float> %570, <16 x float> poison, <16 x i32> zeroinitializer
  %571 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat133, <16 x float> %o.sroa.48.0)
  %572 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p120, <16 x float> %splat133, <16 x float> %o.sroa.52.0)
  %573 = getelementptr i32, ptr %545, i64 7
  %v134 = load float, ptr %573, align 4
  %574 = insertelement <16 x float> poison, float %v134, i32 0
  %splat135 = shufflevector <16 x float> %574, <16 x float> poison, <16 x i32> zeroinitializer
  %575 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat135, <16 x float> %o.sroa.56.0)
  %576 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p120, <16 x float> %splat135, <16 x float> %o.sroa.60.0)
  %577 = add nsw i32 %kpv119, 1
  br label %kpv

exit118:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %489, align 64
  store <16 x float> %o.sroa.4.0, ptr %492, align 64
  store <16 x float> %o.sroa.8.0, ptr %495, align 64
  store <16 x float> %o.sroa.12.0, ptr %498, align 64
  store <16 x float> %o.sroa.16.0, ptr %501, align 64
  store <16 x float> %o.sroa.20.0, ptr %504, align 64
  store <16 x float> %o.sroa.24.0, ptr %507, align 64
  store <16 x float> %o.sroa.28.0, ptr %510, align 64
  store <16 x float> %o.sroa.32.0, ptr %513, align 64
  store <16 x float> %o.sroa.36.0, ptr %516, align 64
  store <16 x float> %o.sroa.40.0, ptr %519, align 64
  store <16 x float> %o.sroa.44.0, ptr %522, align 64
  store <16 x float> %o.sroa.48.0, ptr %525, align 64
  store <16 x float> %o.sroa.52.0, ptr %528, align 64
  store <16 x float> %o.sroa.56.0, ptr %531, align 64
  store <16 x float> %o.sroa.60.0, ptr %534, align 64
  %578 = add nsw i32 %pvblock115, 1
  br label %pvblock

orow136:                                          ; preds = %written, %exit30
  %orow140 = phi i32 [ 0, %exit30 ], [ %612, %written ]
  %579 = icmp slt i32 %orow140, %nrows
  br i1 %579, label %body137, label %done

body137:                                          ; preds = %orow136
  %580 = sext i32 %orow140 to i64
  %581 = getelementptr float, ptr %ms, i64 %580
  %m141 = load float, ptr %581, align 4
  %582 = getelementptr float, ptr %ls, i64 %580
  %l = load float, ptr %582, align 4
  %583 = sdiv i32 %orow140, 32
  %584 = srem i32 %orow140, 32
  %585 = sext i32 %583 to i64
  %586 = mul i64 %585, 16384
  %587 = getelementptr i32, ptr %ot, i64 %586
  br label %otrow

otrow:                                            ; preds = %body142, %body137
  %otrow145 = phi i32 [ 0, %body137 ], [ %596, %body142 ]
  %588 = icmp slt i32 %otrow145, 512
  br i1 %588, label %body142, label %exit144

body142:                                          ; preds = %otrow
  %589 = sext i32 %584 to i64
  %590 = sext i32 %otrow145 to i64
  %591 = mul i64 %590, 32
  %592 = add i64 %591, %589
  %593 = getelementptr i32, ptr %587, i64 %592
  %594 = load float, ptr %593, align 4
  %595 = getelementptr i32, ptr %rowbuf, i64 %590
  store float %594, ptr %595, align 4
  %596 = add nsw i32 %otrow145, 1
  br label %otrow

exit144:                                          ; preds = %otrow
  %597 = icmp ne ptr %part, null
  br i1 %597, label %partial, label %final

partial:                                          ; preds = %exit144
  %598 = sext i32 %nrows to i64
  %599 = mul i64 %580, 512
  %600 = getelementptr float, ptr %part, i64 %599
  br label %chunk146

final:                                            ; preds = %exit144
  %601 = sdiv i32 %orow140, %nh
  %qi151 = add i32 %q_begin, %601
  %602 = srem i32 %orow140, %nh
  %h152 = add i32 %h_begin, %602
  %603 = mul i32 %kv_head, 128
  %hq153 = add i32 %603, %h152
  %604 = sext i32 %qi151 to i64
  %605 = add i64 %q_row0, %604
  %606 = mul i64 %605, 128
  %607 = sext i32 %hq153 to i64
  %orow154 = add i64 %606, %607
  %608 = fcmp oeq float %l, 0.000000e+00
  %609 = fdiv float 1.000000e+00, %l
  %610 = select i1 %608, float 0.000000e+00, float %609
  %611 = insertelement <16 x float> poison, float %610, i32 0
  %splat155 = shufflevector <16 x float> %611, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk156

written:                                          ; preds = %exit159, %exit149
  %612 = add nsw i32 %orow140, 1
  br label %orow136

chunk146:                                         ; preds = %body147, %partial
  %chunk150 = phi i64 [ 0, %partial ], [ %618, %body147 ]
  %613 = icmp slt i64 %chunk150, 32
  br i1 %613, label %body147, label %exit149

body147:                                          ; preds = %chunk146
  %614 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk150
  %615 = load <16 x float>, ptr %614, align 64
  %616 = mul i64 %chunk150, 64
  %617 = getelementptr i8, ptr %600, i64 %616
  store <16 x float> %615, ptr %617, align 4
  %618 = add nsw i64 %chunk150, 1
  br label %chunk146

exit149:                                          ; preds = %chunk146
  %619 = mul i64 %598, 512
  %620 = add i64 %619, %580
  %621 = getelementptr float, ptr %part, i64 %620
  store float %m141, ptr %621, align 4
  %622 = add i64 %620, %598
  %623 = getelementptr float, ptr %part, i64 %622
  store float %l, ptr %623, align 4
  br label %written

chunk156:                                         ; preds = %body157, %final
  %chunk160 = phi i64 [ 0, %final ], [ %630, %body157 ]
  %624 = icmp slt i64 %chunk160, 32
  br i1 %624, label %body157, label %exit159

body157:                                          ; preds = %chunk156
  %625 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk160
  %626 = load <16 x float>, ptr %625, align 64
  %627 = fmul <16 x float> %626, %splat155
  %628 = mul i64 %chunk160, 64
  %629 = getelementptr i8, ptr %rowbuf, i64 %628
  store <16 x float> %627, ptr %629, align 4
  %630 = add nsw i64 %chunk160, 1
  br label %chunk156

exit159:                                          ; preds = %chunk156
  %u = select i1 %608, ptr null, ptr %rowbuf
  call void @deepseek_mla_project(ptr %0, ptr %u, i64 %orow154)
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

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
