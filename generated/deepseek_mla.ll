; ModuleID = 'deepseek_mla'
source_filename = "deepseek_mla"
target triple = "x86_64-unknown-linux-gnu"

@deepseek_mla.name = private unnamed_addr constant [13 x i8] c"deepseek_mla\00"
@deepseek_mla.spec = private unnamed_addr constant [392 x i8] c"attncc: 1\0Aname: deepseek_mla\0Aphase: decode\0Akind: self\0Aheads: {q: 128, kv: 128, dim: 192, v_dim: 128}\0Atypes: {q: bf16, cache: bf16, out: bf16}\0Ascale: auto\0Acache: {store: latent, layout: contiguous, order: token_major, capacity: 16384, latent_dim: 512, rope_dim: 64, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 61, d_model: 7168}\0A\00"
@deepseek_mla_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32 } { i32 3, i32 1, i64 -5563823977153995433, ptr @deepseek_mla.name, ptr @deepseek_mla.spec, i32 128, i32 128, i32 192, i32 128, i32 2, i32 2, i32 2, i32 0, i32 0, i32 0, i32 16384, i32 1, i32 0, float 0x3FB279A740000000, i32 3, i32 576, i32 64 }, align 8
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
  %qrow1 = phi i32 [ %248, %exit22 ], [ 0, %entry ]
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
  store <16 x float> zeroinitializer, ptr %rowbuf, align 64
  %48 = getelementptr <16 x float>, ptr %rowbuf, i64 1
  store <16 x float> zeroinitializer, ptr %48, align 64
  %49 = getelementptr <16 x float>, ptr %rowbuf, i64 2
  store <16 x float> zeroinitializer, ptr %49, align 64
  %50 = getelementptr <16 x float>, ptr %rowbuf, i64 3
  store <16 x float> zeroinitializer, ptr %50, align 64
  %51 = getelementptr <16 x float>, ptr %rowbuf, i64 4
  store <16 x float> zeroinitializer, ptr %51, align 64
  %52 = getelementptr <16 x float>, ptr %rowbuf, i64 5
  store <16 x float> zeroinitializer, ptr %52, align 64
  %53 = getelementptr <16 x float>, ptr %rowbuf, i64 6
  store <16 x float> zeroinitializer, ptr %53, align 64
  %54 = getelementptr <16 x float>, ptr %rowbuf, i64 7
  store <16 x float> zeroinitializer, ptr %54, align 64
  %55 = getelementptr <16 x float>, ptr %rowbuf, i64 8
  store <16 x float> zeroinitializer, ptr %55, align 64
  %56 = getelementptr <16 x float>, ptr %rowbuf, i64 9
  store <16 x float> zeroinitializer, ptr %56, align 64
  %57 = getelementptr <16 x float>, ptr %rowbuf, i64 10
  store <16 x float> zeroinitializer, ptr %57, align 64
  %58 = getelementptr <16 x float>, ptr %rowbuf, i64 11
  store <16 x float> zeroinitializer, ptr %58, align 64
  %59 = getelementptr <16 x float>, ptr %rowbuf, i64 12
  store <16 x float> zeroinitializer, ptr %59, align 64
  %60 = getelementptr <16 x float>, ptr %rowbuf, i64 13
  store <16 x float> zeroinitializer, ptr %60, align 64
  %61 = getelementptr <16 x float>, ptr %rowbuf, i64 14
  store <16 x float> zeroinitializer, ptr %61, align 64
  %62 = getelementptr <16 x float>, ptr %rowbuf, i64 15
  store <16 x float> zeroinitializer, ptr %62, align 64
  %63 = getelementptr <16 x float>, ptr %rowbuf, i64 16
  store <16 x float> zeroinitializer, ptr %63, align 64
  %64 = getelementptr <16 x float>, ptr %rowbuf, i64 17
  store <16 x float> zeroinitializer, ptr %64, align 64
  %65 = getelementptr <16 x float>, ptr %rowbuf, i64 18
  store <16 x float> zeroinitializer, ptr %65, align 64
  %66 = getelementptr <16 x float>, ptr %rowbuf, i64 19
  store <16 x float> zeroinitializer, ptr %66, align 64
  %67 = getelementptr <16 x float>, ptr %rowbuf, i64 20
  store <16 x float> zeroinitializer, ptr %67, align 64
  %68 = getelementptr <16 x float>, ptr %rowbuf, i64 21
  store <16 x float> zeroinitializer, ptr %68, align 64
  %69 = getelementptr <16 x float>, ptr %rowbuf, i64 22
  store <16 x float> zeroinitializer, ptr %69, align 64
  %70 = getelementptr <16 x float>, ptr %rowbuf, i64 23
  store <16 x float> zeroinitializer, ptr %70, align 64
  %71 = getelementptr <16 x float>, ptr %rowbuf, i64 24
  store <16 x float> zeroinitializer, ptr %71, align 64
  %72 = getelementptr <16 x float>, ptr %rowbuf, i64 25
  store <16 x float> zeroinitializer, ptr %72, align 64
  %73 = getelementptr <16 x float>, ptr %rowbuf, i64 26
  store <16 x float> zeroinitializer, ptr %73, align 64
  %74 = getelementptr <16 x float>, ptr %rowbuf, i64 27
  store <16 x float> zeroinitializer, ptr %74, align 64
  %75 = getelementptr <16 x float>, ptr %rowbuf, i64 28
  store <16 x float> zeroinitializer, ptr %75, align 64
  %76 = getelementptr <16 x float>, ptr %rowbuf, i64 29
  store <16 x float> zeroinitializer, ptr %76, align 64
  %77 = getelementptr <16 x float>, ptr %rowbuf, i64 30
  store <16 x float> zeroinitializer, ptr %77, align 64
  %78 = getelementptr <16 x float>, ptr %rowbuf, i64 31
  store <16 x float> zeroinitializer, ptr %78, align 64
  %79 = getelementptr <16 x float>, ptr %rowbuf, i64 32
  store <16 x float> zeroinitializer, ptr %79, align 64
  %80 = getelementptr <16 x float>, ptr %rowbuf, i64 33
  store <16 x float> zeroinitializer, ptr %80, align 64
  %81 = getelementptr <16 x float>, ptr %rowbuf, i64 34
  store <16 x float> zeroinitializer, ptr %81, align 64
  %82 = getelementptr <16 x float>, ptr %rowbuf, i64 35
  store <16 x float> zeroinitializer, ptr %82, align 64
  %83 = srem i64 %orow, 128
  %84 = getelementptr i8, ptr %0, i64 128
  %w_absorb = load ptr, ptr %84, align 8
  %85 = mul i64 %83, 128
  %86 = getelementptr float, ptr %w_absorb, i64 %85
  br label %absorb

absorb:                                           ; preds = %exit12, %exit4
  %absorb9 = phi i64 [ 0, %exit4 ], [ %216, %exit12 ]
  %87 = icmp slt i64 %absorb9, 32
  br i1 %87, label %body6, label %rope

body6:                                            ; preds = %absorb
  %88 = mul i64 %absorb9, 16
  br label %absorb_out

absorb_out:                                       ; preds = %body10, %body6
  %absorb_out13 = phi i64 [ 0, %body6 ], [ %133, %body10 ]
  %89 = icmp slt i64 %absorb_out13, 16
  br i1 %89, label %body10, label %exit12

body10:                                           ; preds = %absorb_out
  %90 = add i64 %88, %absorb_out13
  %91 = call i64 @llvm.smin.i64(i64 %90, i64 511)
  %92 = mul i64 %91, 16384
  %93 = getelementptr float, ptr %86, i64 %92
  %94 = load <16 x float>, ptr %93, align 4
  %95 = load <16 x float>, ptr %qnope, align 64
  %96 = fmul <16 x float> %95, %94
  %97 = getelementptr float, ptr %93, i64 16
  %98 = load <16 x float>, ptr %97, align 4
  %99 = getelementptr <16 x float>, ptr %qnope, i64 1
  %100 = load <16 x float>, ptr %99, align 64
  %101 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %100, <16 x float> %98, <16 x float> %96)
  %102 = getelementptr float, ptr %93, i64 32
  %103 = load <16 x float>, ptr %102, align 4
  %104 = getelementptr <16 x float>, ptr %qnope, i64 2
  %105 = load <16 x float>, ptr %104, align 64
  %106 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %105, <16 x float> %103, <16 x float> %101)
  %107 = getelementptr float, ptr %93, i64 48
  %108 = load <16 x float>, ptr %107, align 4
  %109 = getelementptr <16 x float>, ptr %qnope, i64 3
  %110 = load <16 x float>, ptr %109, align 64
  %111 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %110, <16 x float> %108, <16 x float> %106)
  %112 = getelementptr float, ptr %93, i64 64
  %113 = load <16 x float>, ptr %112, align 4
  %114 = getelementptr <16 x float>, ptr %qnope, i64 4
  %115 = load <16 x float>, ptr %114, align 64
  %116 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %115, <16 x float> %113, <16 x float> %111)
  %117 = getelementptr float, ptr %93, i64 80
  %118 = load <16 x float>, ptr %117, align 4
  %119 = getelementptr <16 x float>, ptr %qnope, i64 5
  %120 = load <16 x float>, ptr %119, align 64
  %121 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %120, <16 x float> %118, <16 x float> %116)
  %122 = getelementptr float, ptr %93, i64 96
  %123 = load <16 x float>, ptr %122, align 4
  %124 = getelementptr <16 x float>, ptr %qnope, i64 6
  %125 = load <16 x float>, ptr %124, align 64
  %126 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %125, <16 x float> %123, <16 x float> %121)
  %127 = getelementptr float, ptr %93, i64 112
  %128 = load <16 x float>, ptr %127, align 4
  %129 = getelementptr <16 x float>, ptr %qnope, i64 7
  %130 = load <16 x float>, ptr %129, align 64
  %131 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %130, <16 x float> %128, <16 x float> %126)
  %132 = getelementptr <16 x float>, ptr %dots, i64 %absorb_out13
  store <16 x float> %131, ptr %132, align 64
  %133 = add nsw i64 %absorb_out13, 1
  br label %absorb_out

exit12:                                           ; preds = %absorb_out
  %134 = load <16 x float>, ptr %dots, align 64
  %135 = getelementptr <16 x float>, ptr %dots, i64 1
  %136 = load <16 x float>, ptr %135, align 64
  %137 = shufflevector <16 x float> %134, <16 x float> %136, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %138 = shufflevector <16 x float> %134, <16 x float> %136, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %139 = fadd <16 x float> %137, %138
  %140 = getelementptr <16 x float>, ptr %dots, i64 2
  %141 = load <16 x float>, ptr %140, align 64
  %142 = getelementptr <16 x float>, ptr %dots, i64 3
  %143 = load <16 x float>, ptr %142, align 64
  %144 = shufflevector <16 x float> %141, <16 x float> %143, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %145 = shufflevector <16 x float> %141, <16 x float> %143, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %146 = fadd <16 x float> %144, %145
  %147 = shufflevector <16 x float> %139, <16 x float> %146, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %148 = shufflevector <16 x float> %139, <16 x float> %146, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %149 = fadd <16 x float> %147, %148
  %150 = getelementptr <16 x float>, ptr %dots, i64 4
  %151 = load <16 x float>, ptr %150, align 64
  %152 = getelementptr <16 x float>, ptr %dots, i64 5
  %153 = load <16 x float>, ptr %152, align 64
  %154 = shufflevector <16 x float> %151, <16 x float> %153, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %155 = shufflevector <16 x float> %151, <16 x float> %153, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %156 = fadd <16 x float> %154, %155
  %157 = getelementptr <16 x float>, ptr %dots, i64 6
  %158 = load <16 x float>, ptr %157, align 64
  %159 = getelementptr <16 x float>, ptr %dots, i64 7
  %160 = load <16 x float>, ptr %159, align 64
  %161 = shufflevector <16 x float> %158, <16 x float> %160, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %162 = shufflevector <16 x float> %158, <16 x float> %160, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %163 = fadd <16 x float> %161, %162
  %164 = shufflevector <16 x float> %156, <16 x float> %163, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %165 = shufflevector <16 x float> %156, <16 x float> %163, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %166 = fadd <16 x float> %164, %165
  %167 = shufflevector <16 x float> %149, <16 x float> %166, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %168 = shufflevector <16 x float> %149, <16 x float> %166, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %169 = fadd <16 x float> %167, %168
  %170 = getelementptr <16 x float>, ptr %dots, i64 8
  %171 = load <16 x float>, ptr %170, align 64
  %172 = getelementptr <16 x float>, ptr %dots, i64 9
  %173 = load <16 x float>, ptr %172, align 64
  %174 = shufflevector <16 x float> %171, <16 x float> %173, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %175 = shufflevector <16 x float> %171, <16 x float> %173, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %176 = fadd <16 x float> %174, %175
  %177 = getelementptr <16 x float>, ptr %dots, i64 10
  %178 = load <16 x float>, ptr %177, align 64
  %179 = getelementptr <16 x float>, ptr %dots, i64 11
  %180 = load <16 x float>, ptr %179, align 64
  %181 = shufflevector <16 x float> %178, <16 x float> %180, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %182 = shufflevector <16 x float> %178, <16 x float> %180, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %183 = fadd <16 x float> %181, %182
  %184 = shufflevector <16 x float> %176, <16 x float> %183, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %185 = shufflevector <16 x float> %176, <16 x float> %183, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %186 = fadd <16 x float> %184, %185
  %187 = getelementptr <16 x float>, ptr %dots, i64 12
  %188 = load <16 x float>, ptr %187, align 64
  %189 = getelementptr <16 x float>, ptr %dots, i64 13
  %190 = load <16 x float>, ptr %189, align 64
  %191 = shufflevector <16 x float> %188, <16 x float> %190, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %192 = shufflevector <16 x float> %188, <16 x float> %190, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %193 = fadd <16 x float> %191, %192
  %194 = getelementptr <16 x float>, ptr %dots, i64 14
  %195 = load <16 x float>, ptr %194, align 64
  %196 = getelementptr <16 x float>, ptr %dots, i64 15
  %197 = load <16 x float>, ptr %196, align 64
  %198 = shufflevector <16 x float> %195, <16 x float> %197, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %199 = shufflevector <16 x float> %195, <16 x float> %197, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %200 = fadd <16 x float> %198, %199
  %201 = shufflevector <16 x float> %193, <16 x float> %200, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %202 = shufflevector <16 x float> %193, <16 x float> %200, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %203 = fadd <16 x float> %201, %202
  %204 = shufflevector <16 x float> %186, <16 x float> %203, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %205 = shufflevector <16 x float> %186, <16 x float> %203, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %206 = fadd <16 x float> %204, %205
  %207 = shufflevector <16 x float> %169, <16 x float> %206, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %208 = shufflevector <16 x float> %169, <16 x float> %206, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %209 = fadd <16 x float> %207, %208
  %210 = trunc i64 %88 to i32
  %211 = insertelement <16 x i32> poison, i32 %210, i32 0
  %splat14 = shufflevector <16 x i32> %211, <16 x i32> poison, <16 x i32> zeroinitializer
  %212 = add <16 x i32> %splat14, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %213 = icmp slt <16 x i32> %212, <i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512, i32 512>
  %214 = getelementptr <16 x float>, ptr %rowbuf, i64 %absorb9
  %215 = select <16 x i1> %213, <16 x float> %209, <16 x float> zeroinitializer
  store <16 x float> %215, ptr %214, align 64
  %216 = add nsw i64 %absorb9, 1
  br label %absorb

rope:                                             ; preds = %absorb, %body15
  %rope18 = phi i64 [ %228, %body15 ], [ 0, %absorb ]
  %217 = icmp slt i64 %rope18, 64
  br i1 %217, label %body15, label %exit17

body15:                                           ; preds = %rope
  %218 = add i64 %rope18, 128
  %219 = mul i64 %218, 2
  %220 = getelementptr i8, ptr %36, i64 %219
  %221 = call <16 x i16> @llvm.masked.load.v16i16.p0(ptr %220, i32 2, <16 x i1> <i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <16 x i16> zeroinitializer)
  %222 = zext <16 x i16> %221 to <16 x i32>
  %223 = shl <16 x i32> %222, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1619 = bitcast <16 x i32> %223 to <16 x float>
  %224 = extractelement <16 x float> %bf1619, i32 0
  %225 = add i64 %rope18, 512
  %226 = getelementptr float, ptr %rowbuf, i64 %225
  %227 = fmul float %224, %37
  store float %227, ptr %226, align 4
  %228 = add nsw i64 %rope18, 1
  br label %rope

exit17:                                           ; preds = %rope
  %229 = sext i32 %qrow1 to i64
  %230 = getelementptr i32, ptr %lims, i64 %229
  %231 = add i32 %q_pos0, %qi
  %232 = add i32 %231, 1
  %233 = call i32 @llvm.smin.i32(i32 %232, i32 %k_end)
  store i32 %233, ptr %230, align 4
  %234 = sdiv i32 %qrow1, 32
  %235 = sext i32 %234 to i64
  %236 = mul i64 %235, 18432
  %237 = getelementptr i32, ptr %qt, i64 %236
  %238 = srem i32 %qrow1, 32
  br label %qcol

qcol:                                             ; preds = %body20, %exit17
  %qcol23 = phi i32 [ 0, %exit17 ], [ %247, %body20 ]
  %239 = icmp slt i32 %qcol23, 576
  br i1 %239, label %body20, label %exit22

body20:                                           ; preds = %qcol
  %240 = sext i32 %qcol23 to i64
  %241 = getelementptr i32, ptr %rowbuf, i64 %240
  %242 = load float, ptr %241, align 4
  %243 = sext i32 %238 to i64
  %244 = mul i64 %240, 32
  %245 = add i64 %244, %243
  %246 = getelementptr i32, ptr %237, i64 %245
  store float %242, ptr %246, align 4
  %247 = add nsw i32 %qcol23, 1
  br label %qcol

exit22:                                           ; preds = %qcol
  %248 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body24
  %otzero27 = phi i32 [ %253, %body24 ], [ 0, %qrow ]
  %249 = icmp slt i32 %otzero27, 1024
  br i1 %249, label %body24, label %exit26

body24:                                           ; preds = %otzero
  %250 = sext i32 %otzero27 to i64
  %251 = mul i64 %250, 16
  %252 = getelementptr i32, ptr %ot, i64 %251
  store <16 x float> zeroinitializer, ptr %252, align 64
  %253 = add nsw i32 %otzero27, 1
  br label %otzero

exit26:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %254 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %254, align 64
  %255 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %255, align 64
  %256 = sub i32 %nrows, 1
  %257 = sdiv i32 %256, %nh
  %258 = add i32 %q_begin, %257
  %259 = add i32 %q_pos0, %258
  %260 = add i32 %259, 1
  %261 = call i32 @llvm.smin.i32(i32 %260, i32 %k_end)
  %k_last = sub i32 %261, 1
  br label %ktile

ktile:                                            ; preds = %exit54, %exit26
  %ktile31 = phi i32 [ %k_begin, %exit26 ], [ %327, %exit54 ]
  %262 = icmp slt i32 %ktile31, %261
  br i1 %262, label %body28, label %exit30

body28:                                           ; preds = %ktile
  %263 = sub i32 %261, %ktile31
  %264 = call i32 @llvm.smin.i32(i32 12, i32 %263)
  %265 = add i32 %264, 11
  %266 = sdiv i32 %265, 12
  %267 = mul i32 %266, 12
  br label %kpack

exit30:                                           ; preds = %ktile
  %268 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %268, ptr %ms, align 64
  %269 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %269, ptr %ls, align 64
  %270 = getelementptr float, ptr %ms, i64 16
  %271 = load <16 x float>, ptr %254, align 64
  store <16 x float> %271, ptr %270, align 64
  %272 = getelementptr float, ptr %ls, i64 16
  %273 = load <16 x float>, ptr %255, align 64
  store <16 x float> %273, ptr %272, align 64
  br label %orow136

kpack:                                            ; preds = %exit39, %body28
  %kpack35 = phi i32 [ 0, %body28 ], [ %293, %exit39 ]
  %274 = icmp slt i32 %kpack35, %267
  br i1 %274, label %body32, label %vpack

body32:                                           ; preds = %kpack
  %275 = add i32 %ktile31, %kpack35
  %276 = call i32 @llvm.smin.i32(i32 %275, i32 %k_last)
  %277 = sext i32 %276 to i64
  %278 = mul i64 %277, 1152
  %279 = getelementptr i8, ptr %22, i64 %278
  %280 = sext i32 %kpack35 to i64
  %281 = mul i64 %280, 576
  %282 = getelementptr i32, ptr %kbuf, i64 %281
  br label %chunk36

chunk36:                                          ; preds = %body37, %body32
  %chunk40 = phi i64 [ 0, %body32 ], [ %292, %body37 ]
  %283 = icmp slt i64 %chunk40, 36
  br i1 %283, label %body37, label %exit39

body37:                                           ; preds = %chunk36
  %284 = mul i64 %chunk40, 16
  %285 = mul i64 %284, 2
  %286 = mul i64 %284, 4
  %287 = getelementptr i8, ptr %279, i64 %285
  %288 = load <16 x i16>, ptr %287, align 2
  %289 = zext <16 x i16> %288 to <16 x i32>
  %290 = shl <16 x i32> %289, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1641 = bitcast <16 x i32> %290 to <16 x float>
  %291 = getelementptr i8, ptr %282, i64 %286
  store <16 x float> %bf1641, ptr %291, align 64
  %292 = add nsw i64 %chunk40, 1
  br label %chunk36

exit39:                                           ; preds = %chunk36
  %293 = add nsw i32 %kpack35, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %exit49
  %vpack45 = phi i32 [ %313, %exit49 ], [ 0, %kpack ]
  %294 = icmp slt i32 %vpack45, %264
  br i1 %294, label %body42, label %exit44

body42:                                           ; preds = %vpack
  %295 = add i32 %ktile31, %vpack45
  %296 = sext i32 %295 to i64
  %297 = mul i64 %296, 1152
  %298 = getelementptr i8, ptr %22, i64 %297
  %299 = sext i32 %vpack45 to i64
  %300 = mul i64 %299, 512
  %301 = getelementptr i32, ptr %vbuf, i64 %300
  br label %chunk46

exit44:                                           ; preds = %vpack
  %302 = add i32 %nrows, 31
  %nblk = sdiv i32 %302, 32
  br label %rblock

chunk46:                                          ; preds = %body47, %body42
  %chunk50 = phi i64 [ 0, %body42 ], [ %312, %body47 ]
  %303 = icmp slt i64 %chunk50, 32
  br i1 %303, label %body47, label %exit49

body47:                                           ; preds = %chunk46
  %304 = mul i64 %chunk50, 16
  %305 = mul i64 %304, 2
  %306 = mul i64 %304, 4
  %307 = getelementptr i8, ptr %298, i64 %305
  %308 = load <16 x i16>, ptr %307, align 2
  %309 = zext <16 x i16> %308 to <16 x i32>
  %310 = shl <16 x i32> %309, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1651 = bitcast <16 x i32> %310 to <16 x float>
  %311 = getelementptr i8, ptr %301, i64 %306
  store <16 x float> %bf1651, ptr %311, align 64
  %312 = add nsw i64 %chunk50, 1
  br label %chunk46

exit49:                                           ; preds = %chunk46
  %313 = add nsw i32 %vpack45, 1
  br label %vpack

rblock:                                           ; preds = %join, %exit44
  %rblock55 = phi i32 [ 0, %exit44 ], [ %339, %join ]
  %314 = icmp slt i32 %rblock55, %nblk
  br i1 %314, label %body52, label %exit54

body52:                                           ; preds = %rblock
  %315 = sext i32 %rblock55 to i64
  %316 = mul i32 %rblock55, 32
  %317 = add i32 %316, 31
  %318 = call i32 @llvm.smin.i32(i32 %317, i32 %256)
  %319 = sdiv i32 %318, %nh
  %320 = add i32 %q_begin, %319
  %321 = add i32 %q_pos0, %320
  %322 = add i32 %321, 1
  %323 = call i32 @llvm.smin.i32(i32 %322, i32 %k_end)
  %324 = sub i32 %323, %ktile31
  %325 = call i32 @llvm.smin.i32(i32 %264, i32 %324)
  %326 = icmp sgt i32 %325, 0
  br i1 %326, label %rvisit, label %join

exit54:                                           ; preds = %rblock
  %327 = add nsw i32 %ktile31, 12
  br label %ktile

rvisit:                                           ; preds = %body52
  %328 = mul i64 %315, 18432
  %329 = getelementptr i32, ptr %qt, i64 %328
  %330 = mul i64 %315, 16384
  %331 = getelementptr i32, ptr %ot, i64 %330
  %332 = mul i64 %315, 2
  %333 = getelementptr <16 x float>, ptr %mv, i64 %332
  %334 = getelementptr <16 x float>, ptr %lv, i64 %332
  %335 = mul i64 %315, 32
  %336 = getelementptr i32, ptr %lims, i64 %335
  %limv = load <16 x i32>, ptr %336, align 64
  %337 = add i64 %335, 16
  %338 = getelementptr i32, ptr %lims, i64 %337
  %limv56 = load <16 x i32>, ptr %338, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body52
  %339 = add nsw i32 %rblock55, 1
  br label %rblock

sblock:                                           ; preds = %exit63, %rvisit
  %sblock60 = phi i32 [ 0, %rvisit ], [ %423, %exit63 ]
  %340 = icmp slt i32 %sblock60, %325
  br i1 %340, label %body57, label %smask

body57:                                           ; preds = %sblock
  %341 = sext i32 %sblock60 to i64
  %342 = mul i64 %341, 576
  %343 = getelementptr i32, ptr %kbuf, i64 %342
  br label %sdim

sdim:                                             ; preds = %body61, %body57
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %396, %body61 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %395, %body61 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %392, %body61 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %391, %body61 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %388, %body61 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %387, %body61 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %384, %body61 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %383, %body61 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %380, %body61 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %379, %body61 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %376, %body61 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %375, %body61 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %372, %body61 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %371, %body61 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %368, %body61 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %367, %body61 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %364, %body61 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %363, %body61 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %360, %body61 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %359, %body61 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %356, %body61 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %355, %body61 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %352, %body61 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body57 ], [ %351, %body61 ]
  %sdim64 = phi i32 [ 0, %body57 ], [ %397, %body61 ]
  %344 = icmp slt i32 %sdim64, 576
  br i1 %344, label %body61, label %exit63

body61:                                           ; preds = %sdim
  %345 = sext i32 %sdim64 to i64
  %346 = mul i64 %345, 32
  %347 = getelementptr i32, ptr %329, i64 %346
  %qt65 = load <16 x float>, ptr %347, align 64
  %348 = getelementptr i32, ptr %347, i64 16
  %qt66 = load <16 x float>, ptr %348, align 64
  %349 = getelementptr i32, ptr %343, i64 %345
  %k = load float, ptr %349, align 4
  %350 = insertelement <16 x float> poison, float %k, i32 0
  %splat67 = shufflevector <16 x float> %350, <16 x float> poison, <16 x i32> zeroinitializer
  %351 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat67, <16 x float> %sacc.sroa.0.0)
  %352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat67, <16 x float> %sacc.sroa.4.0)
  %353 = getelementptr i32, ptr %349, i64 576
  %k68 = load float, ptr %353, align 4
  %354 = insertelement <16 x float> poison, float %k68, i32 0
  %splat69 = shufflevector <16 x float> %354, <16 x float> poison, <16 x i32> zeroinitializer
  %355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat69, <16 x float> %sacc.sroa.8.0)
  %356 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat69, <16 x float> %sacc.sroa.12.0)
  %357 = getelementptr i32, ptr %349, i64 1152
  %k70 = load float, ptr %357, align 4
  %358 = insertelement <16 x float> poison, float %k70, i32 0
  %splat71 = shufflevector <16 x float> %358, <16 x float> poison, <16 x i32> zeroinitializer
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat71, <16 x float> %sacc.sroa.16.0)
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat71, <16 x float> %sacc.sroa.20.0)
  %361 = getelementptr i32, ptr %349, i64 1728
  %k72 = load float, ptr %361, align 4
  %362 = insertelement <16 x float> poison, float %k72, i32 0
  %splat73 = shufflevector <16 x float> %362, <16 x float> poison, <16 x i32> zeroinitializer
  %363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat73, <16 x float> %sacc.sroa.24.0)
  %364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat73, <16 x float> %sacc.sroa.28.0)
  %365 = getelementptr i32, ptr %349, i64 2304
  %k74 = load float, ptr %365, align 4
  %366 = insertelement <16 x float> poison, float %k74, i32 0
  %splat75 = shufflevector <16 x float> %366, <16 x float> poison, <16 x i32> zeroinitializer
  %367 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat75, <16 x float> %sacc.sroa.32.0)
  %368 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat75, <16 x float> %sacc.sroa.36.0)
  %369 = getelementptr i32, ptr %349, i64 2880
  %k76 = load float, ptr %369, align 4
  %370 = insertelement <16 x float> poison, float %k76, i32 0
  %splat77 = shufflevector <16 x float> %370, <16 x float> poison, <16 x i32> zeroinitializer
  %371 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat77, <16 x float> %sacc.sroa.40.0)
  %372 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat77, <16 x float> %sacc.sroa.44.0)
  %373 = getelementptr i32, ptr %349, i64 3456
  %k78 = load float, ptr %373, align 4
  %374 = insertelement <16 x float> poison, float %k78, i32 0
  %splat79 = shufflevector <16 x float> %374, <16 x float> poison, <16 x i32> zeroinitializer
  %375 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat79, <16 x float> %sacc.sroa.48.0)
  %376 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat79, <16 x float> %sacc.sroa.52.0)
  %377 = getelementptr i32, ptr %349, i64 4032
  %k80 = load float, ptr %377, align 4
  %378 = insertelement <16 x float> poison, float %k80, i32 0
  %splat81 = shufflevector <16 x float> %378, <16 x float> poison, <16 x i32> zeroinitializer
  %379 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat81, <16 x float> %sacc.sroa.56.0)
  %380 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat81, <16 x float> %sacc.sroa.60.0)
  %381 = getelementptr i32, ptr %349, i64 4608
  %k82 = load float, ptr %381, align 4
  %382 = insertelement <16 x float> poison, float %k82, i32 0
  %splat83 = shufflevector <16 x float> %382, <16 x float> poison, <16 x i32> zeroinitializer
  %383 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat83, <16 x float> %sacc.sroa.64.0)
  %384 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat83, <16 x float> %sacc.sroa.68.0)
  %385 = getelementptr i32, ptr %349, i64 5184
  %k84 = load float, ptr %385, align 4
  %386 = insertelement <16 x float> poison, float %k84, i32 0
  %splat85 = shufflevector <16 x float> %386, <16 x float> poison, <16 x i32> zeroinitializer
  %387 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat85, <16 x float> %sacc.sroa.72.0)
  %388 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat85, <16 x float> %sacc.sroa.76.0)
  %389 = getelementptr i32, ptr %349, i64 5760
  %k86 = load float, ptr %389, align 4
  %390 = insertelement <16 x float> poison, float %k86, i32 0
  %splat87 = shufflevector <16 x float> %390, <16 x float> poison, <16 x i32> zeroinitializer
  %391 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat87, <16 x float> %sacc.sroa.80.0)
  %392 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat87, <16 x float> %sacc.sroa.84.0)
  %393 = getelementptr i32, ptr %349, i64 6336
  %k88 = load float, ptr %393, align 4
  %394 = insertelement <16 x float> poison, float %k88, i32 0
  %splat89 = shufflevector <16 x float> %394, <16 x float> poison, <16 x i32> zeroinitializer
  %395 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt65, <16 x float> %splat89, <16 x float> %sacc.sroa.88.0)
  %396 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat89, <16 x float> %sacc.sroa.92.0)
  %397 = add nsw i32 %sdim64, 1
  br label %sdim

exit63:                                           ; preds = %sdim
  %398 = mul i64 %341, 32
  %399 = getelementptr i32, ptr %st, i64 %398
  store <16 x float> %sacc.sroa.0.0, ptr %399, align 64
  %400 = getelementptr i32, ptr %399, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %400, align 64
  %401 = getelementptr i32, ptr %399, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %401, align 64
  %402 = getelementptr i32, ptr %399, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %402, align 64
  %403 = getelementptr i32, ptr %399, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %403, align 64
  %404 = getelementptr i32, ptr %399, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %404, align 64
  %405 = getelementptr i32, ptr %399, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %405, align 64
  %406 = getelementptr i32, ptr %399, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %406, align 64
  %407 = getelementptr i32, ptr %399, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %407, align 64
  %408 = getelementptr i32, ptr %399, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %408, align 64
  %409 = getelementptr i32, ptr %399, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %409, align 64
  %410 = getelementptr i32, ptr %399, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %410, align 64
  %411 = getelementptr i32, ptr %399, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %411, align 64
  %412 = getelementptr i32, ptr %399, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %412, align 64
  %413 = getelementptr i32, ptr %399, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %413, align 64
  %414 = getelementptr i32, ptr %399, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %414, align 64
  %415 = getelementptr i32, ptr %399, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %415, align 64
  %416 = getelementptr i32, ptr %399, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %416, align 64
  %417 = getelementptr i32, ptr %399, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %417, align 64
  %418 = getelementptr i32, ptr %399, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %418, align 64
  %419 = getelementptr i32, ptr %399, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %419, align 64
  %420 = getelementptr i32, ptr %399, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %420, align 64
  %421 = getelementptr i32, ptr %399, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %421, align 64
  %422 = getelementptr i32, ptr %399, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %422, align 64
  %423 = add nsw i32 %sblock60, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body90
  %tmax.sroa.4.0 = phi <16 x float> [ %437, %body90 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %432, %body90 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask93 = phi i32 [ %438, %body90 ], [ 0, %sblock ]
  %424 = icmp slt i32 %smask93, %325
  br i1 %424, label %body90, label %exit92

body90:                                           ; preds = %smask
  %425 = add i32 %ktile31, %smask93
  %426 = insertelement <16 x i32> poison, i32 %425, i32 0
  %splat94 = shufflevector <16 x i32> %426, <16 x i32> poison, <16 x i32> zeroinitializer
  %427 = sext i32 %smask93 to i64
  %428 = mul i64 %427, 32
  %429 = getelementptr i32, ptr %st, i64 %428
  %s = load <16 x float>, ptr %429, align 64
  %430 = icmp slt <16 x i32> %splat94, %limv
  %431 = select <16 x i1> %430, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %431, ptr %429, align 64
  %432 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %431)
  %433 = add i64 %428, 16
  %434 = getelementptr i32, ptr %st, i64 %433
  %s95 = load <16 x float>, ptr %434, align 64
  %435 = icmp slt <16 x i32> %splat94, %limv56
  %436 = select <16 x i1> %435, <16 x float> %s95, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %436, ptr %434, align 64
  %437 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %436)
  %438 = add nsw i32 %smask93, 1
  br label %smask

exit92:                                           ; preds = %smask
  %m = load <16 x float>, ptr %333, align 64
  %439 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %440 = fcmp oeq <16 x float> %439, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse96 = select <16 x i1> %440, <16 x float> zeroinitializer, <16 x float> %439
  %441 = fsub <16 x float> %m, %muse96
  %442 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %441, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %443 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %442, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %444 = fadd <16 x float> %443, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %444, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %443, %n
  %445 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %446 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %445, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %447 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %446, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %448 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %447, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %449 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %448, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %450 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %449, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %451 = fptosi <16 x float> %n to <16 x i32>
  %452 = add <16 x i32> %451, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %453 = shl <16 x i32> %452, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %454 = bitcast <16 x i32> %453 to <16 x float>
  %exp2 = fmul <16 x float> %450, %454
  store <16 x float> %439, ptr %333, align 64
  %455 = getelementptr <16 x float>, ptr %333, i64 1
  %m97 = load <16 x float>, ptr %455, align 64
  %456 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m97, <16 x float> %tmax.sroa.4.0)
  %457 = fcmp oeq <16 x float> %456, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse98 = select <16 x i1> %457, <16 x float> zeroinitializer, <16 x float> %456
  %458 = fsub <16 x float> %m97, %muse98
  %459 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %458, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %460 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %459, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %461 = fadd <16 x float> %460, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n99 = fsub <16 x float> %461, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f100 = fsub <16 x float> %460, %n99
  %462 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f100, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %463 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %462, <16 x float> %f100, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %464 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %463, <16 x float> %f100, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %464, <16 x float> %f100, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %465, <16 x float> %f100, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %467 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %466, <16 x float> %f100, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %468 = fptosi <16 x float> %n99 to <16 x i32>
  %469 = add <16 x i32> %468, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %470 = shl <16 x i32> %469, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %471 = bitcast <16 x i32> %470 to <16 x float>
  %exp2101 = fmul <16 x float> %467, %471
  store <16 x float> %456, ptr %455, align 64
  br label %sexp

sexp:                                             ; preds = %body102, %exit92
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit92 ], [ %509, %body102 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit92 ], [ %491, %body102 ]
  %sexp105 = phi i32 [ 0, %exit92 ], [ %510, %body102 ]
  %472 = icmp slt i32 %sexp105, %325
  br i1 %472, label %body102, label %exit104

body102:                                          ; preds = %sexp
  %473 = sext i32 %sexp105 to i64
  %474 = mul i64 %473, 32
  %475 = getelementptr i32, ptr %st, i64 %474
  %476 = load <16 x float>, ptr %475, align 64
  %477 = fsub <16 x float> %476, %muse96
  %478 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %477, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %479 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %478, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %480 = fadd <16 x float> %479, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n106 = fsub <16 x float> %480, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f107 = fsub <16 x float> %479, %n106
  %481 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f107, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %482 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %481, <16 x float> %f107, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %483 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %482, <16 x float> %f107, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %484 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %483, <16 x float> %f107, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %485 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %484, <16 x float> %f107, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %486 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %485, <16 x float> %f107, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %487 = fptosi <16 x float> %n106 to <16 x i32>
  %488 = add <16 x i32> %487, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %489 = shl <16 x i32> %488, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %490 = bitcast <16 x i32> %489 to <16 x float>
  %exp2108 = fmul <16 x float> %486, %490
  store <16 x float> %exp2108, ptr %475, align 64
  %491 = fadd <16 x float> %lsum.sroa.0.0, %exp2108
  %492 = add i64 %474, 16
  %493 = getelementptr i32, ptr %st, i64 %492
  %494 = load <16 x float>, ptr %493, align 64
  %495 = fsub <16 x float> %494, %muse98
  %496 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %495, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %497 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %496, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %498 = fadd <16 x float> %497, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n109 = fsub <16 x float> %498, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f110 = fsub <16 x float> %497, %n109
  %499 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f110, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %500 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %499, <16 x float> %f110, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %501 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %500, <16 x float> %f110, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %502 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %501, <16 x float> %f110, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %503 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %502, <16 x float> %f110, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %504 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %503, <16 x float> %f110, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %505 = fptosi <16 x float> %n109 to <16 x i32>
  %506 = add <16 x i32> %505, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %507 = shl <16 x i32> %506, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %508 = bitcast <16 x i32> %507 to <16 x float>
  %exp2111 = fmul <16 x float> %504, %508
  store <16 x float> %exp2111, ptr %493, align 64
  %509 = fadd <16 x float> %lsum.sroa.4.0, %exp2111
  %510 = add nsw i32 %sexp105, 1
  br label %sexp

exit104:                                          ; preds = %sexp
  %511 = load <16 x float>, ptr %334, align 64
  %512 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %511, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %512, ptr %334, align 64
  %513 = getelementptr <16 x float>, ptr %334, i64 1
  %514 = load <16 x float>, ptr %513, align 64
  %515 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %514, <16 x float> %exp2101, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %515, ptr %513, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit118, %exit104
  %pvblock115 = phi i32 [ 0, %exit104 ], [ %609, %exit118 ]
  %516 = icmp slt i32 %pvblock115, 64
  br i1 %516, label %body112, label %join

body112:                                          ; preds = %pvblock
  %517 = mul i32 %pvblock115, 8
  %518 = sext i32 %517 to i64
  %519 = mul i64 %518, 32
  %520 = getelementptr i32, ptr %331, i64 %519
  %521 = load <16 x float>, ptr %520, align 64
  %522 = fmul <16 x float> %521, %exp2
  %523 = getelementptr i32, ptr %520, i64 16
  %524 = load <16 x float>, ptr %523, align 64
  %525 = fmul <16 x float> %524, %exp2101
  %526 = getelementptr i32, ptr %520, i64 32
  %527 = load <16 x float>, ptr %526, align 64
  %528 = fmul <16 x float> %527, %exp2
  %529 = getelementptr i32, ptr %520, i64 48
  %530 = load <16 x float>, ptr %529, align 64
  %531 = fmul <16 x float> %530, %exp2101
  %532 = getelementptr i32, ptr %520, i64 64
  %533 = load <16 x float>, ptr %532, align 64
  %534 = fmul <16 x float> %533, %exp2
  %535 = getelementptr i32, ptr %520, i64 80
  %536 = load <16 x float>, ptr %535, align 64
  %537 = fmul <16 x float> %536, %exp2101
  %538 = getelementptr i32, ptr %520, i64 96
  %539 = load <16 x float>, ptr %538, align 64
  %540 = fmul <16 x float> %539, %exp2
  %541 = getelementptr i32, ptr %520, i64 112
  %542 = load <16 x float>, ptr %541, align 64
  %543 = fmul <16 x float> %542, %exp2101
  %544 = getelementptr i32, ptr %520, i64 128
  %545 = load <16 x float>, ptr %544, align 64
  %546 = fmul <16 x float> %545, %exp2
  %547 = getelementptr i32, ptr %520, i64 144
  %548 = load <16 x float>, ptr %547, align 64
  %549 = fmul <16 x float> %548, %exp2101
  %550 = getelementptr i32, ptr %520, i64 160
  %551 = load <16 x float>, ptr %550, align 64
  %552 = fmul <16 x float> %551, %exp2
  %553 = getelementptr i32, ptr %520, i64 176
  %554 = load <16 x float>, ptr %553, align 64
  %555 = fmul <16 x float> %554, %exp2101
  %556 = getelementptr i32, ptr %520, i64 192
  %557 = load <16 x float>, ptr %556, align 64
  %558 = fmul <16 x float> %557, %exp2
  %559 = getelementptr i32, ptr %520, i64 208
  %560 = load <16 x float>, ptr %559, align 64
  %561 = fmul <16 x float> %560, %exp2101
  %562 = getelementptr i32, ptr %520, i64 224
  %563 = load <16 x float>, ptr %562, align 64
  %564 = fmul <16 x float> %563, %exp2
  %565 = getelementptr i32, ptr %520, i64 240
  %566 = load <16 x float>, ptr %565, align 64
  %567 = fmul <16 x float> %566, %exp2101
  br label %kpv

kpv:                                              ; preds = %body116, %body112
  %o.sroa.44.0 = phi <16 x float> [ %555, %body112 ], [ %599, %body116 ]
  %o.sroa.40.0 = phi <16 x float> [ %552, %body112 ], [ %598, %body116 ]
  %o.sroa.36.0 = phi <16 x float> [ %549, %body112 ], [ %595, %body116 ]
  %o.sroa.32.0 = phi <16 x float> [ %546, %body112 ], [ %594, %body116 ]
  %o.sroa.28.0 = phi <16 x float> [ %543, %body112 ], [ %591, %body116 ]
  %o.sroa.24.0 = phi <16 x float> [ %540, %body112 ], [ %590, %body116 ]
  %o.sroa.20.0 = phi <16 x float> [ %537, %body112 ], [ %587, %body116 ]
  %o.sroa.16.0 = phi <16 x float> [ %534, %body112 ], [ %586, %body116 ]
  %o.sroa.12.0 = phi <16 x float> [ %531, %body112 ], [ %583, %body116 ]
  %o.sroa.8.0 = phi <16 x float> [ %528, %body112 ], [ %582, %body116 ]
  %o.sroa.4.0 = phi <16 x float> [ %525, %body112 ], [ %579, %body116 ]
  %o.sroa.0.0 = phi <16 x float> [ %522, %body112 ], [ %578, %body116 ]
  %o.sroa.48.0 = phi <16 x float> [ %558, %body112 ], [ %602, %body116 ]
  %o.sroa.52.0 = phi <16 x float> [ %561, %body112 ], [ %603, %body116 ]
  %o.sroa.56.0 = phi <16 x float> [ %564, %body112 ], [ %606, %body116 ]
  %o.sroa.60.0 = phi <16 x float> [ %567, %body112 ], [ %607, %body116 ]
  %kpv119 = phi i32 [ 0, %body112 ], [ %608, %body116 ]
  %568 = icmp slt i32 %kpv119, %325
  br i1 %568, label %body116, label %exit118

body116:                                          ; preds = %kpv
  %569 = sext i32 %kpv119 to i64
  %570 = mul i64 %569, 32
  %571 = getelementptr i32, ptr %st, i64 %570
  %p = load <16 x float>, ptr %571, align 64
  %572 = add i64 %570, 16
  %573 = getelementptr i32, ptr %st, i64 %572
  %p120 = load <16 x float>, ptr %573, align 64
  %574 = mul i64 %569, 2048
  %575 = getelementptr i8, ptr %vbuf, i64 %574
  %576 = getelementptr i32, ptr %575, i64 %518
  %v = load float, ptr %576, align 4
  %577 = insertelement <16 x float> poison, float %v, i32 0
  %splat121 = shufflevector <16 x float> %577, <16 x float> poison, <16 x i32> zeroinitializer
  %578 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat121, <16 x float> %o.sroa.0.0)
  %579 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p120, <16 x float> %splat121, <16 x float> %o.sroa.4.0)
  %580 = getelementptr i32, ptr %576, i64 1
  %v122 = load float, ptr %580, align 4
  %581 = insertelement <16 x float> poison, float %v122, i32 0
  %splat123 = shufflevector <16 x float> %581, <16 x float> poison, <16 x i32> zeroinitializer
  %582 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat123, <16 x float> %o.sroa.8.0)
  %583 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p120, <16 x float> %splat123, <16 x float> %o.sroa.12.0)
  %584 = getelementptr i32, ptr %576, i64 2
  %v124 = load float, ptr %584, align 4
  %585 = insertelement <16 x float> poison, float %v124, i32 0
  %splat125 = shufflevector <16 x float> %585, <16 x float> poison, <16 x i32> zeroinitializer
  %586 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat125, <16 x float> %o.sroa.16.0)
  %587 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p120, <16 x float> %splat125, <16 x float> %o.sroa.20.0)
  %588 = getelementptr i32, ptr %576, i64 3
  %v126 = load float, ptr %588, align 4
  %589 = insertelement <16 x float> poison, float %v126, i32 0
  %splat127 = shufflevector <16 x float> %589, <16 x float> poison, <16 x i32> zeroinitializer
  %590 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat127, <16 x float> %o.sroa.24.0)
  %591 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p120, <16 x float> %splat127, <16 x float> %o.sroa.28.0)
  %592 = getelementptr i32, ptr %576, i64 4
  %v128 = load float, ptr %592, align 4
  %593 = insertelement <16 x float> poison, float %v128, i32 0
  %splat129 = shufflevector <16 x float> %593, <16 x float> poison, <16 x i32> zeroinitializer
  %594 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat129, <16 x float> %o.sroa.32.0)
  %595 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p120, <16 x float> %splat129, <16 x float> %o.sroa.36.0)
  %596 = getelementptr i32, ptr %576, i64 5
  %v130 = load float, ptr %596, align 4
  %597 = insertelement <16 x float> poison, float %v130, i32 0
  %splat131 = shufflevector <16 x float> %597, <16 x float> poison, <16 x i32> zeroinitializer
  %598 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat131, <16 x float> %o.sroa.40.0)
  %599 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p120, <16 x float> %splat131, <16 x float> %o.sroa.44.0)
  %600 = getelementptr i32, ptr %576, i64 6
  %v132 = load float, ptr %600, align 4
  %601 = insertelement <16 x float> poison, float %v132, i32 0
  %splat133 = shufflevector <16 x float> %601, <16 x float> poison, <16 x i32> zeroinitializer
  %602 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat133, <16 x float> %o.sroa.48.0)
  %603 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p120, <16 x float> %splat133, <16 x float> %o.sroa.52.0)
  %604 = getelementptr i32, ptr %576, i64 7
  %v134 = load float, ptr %604, align 4
  %605 = insertelement <16 x float> poison, float %v134, i32 0
  %splat135 = shufflevector <16 x float> %605, <16 x float> poison, <16 x i32> zeroinitializer
  %606 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat135, <16 x float> %o.sroa.56.0)
  %607 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p120, <16 x float> %splat135, <16 x float> %o.sroa.60.0)
  %608 = add nsw i32 %kpv119, 1
  br label %kpv

exit118:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %520, align 64
  store <16 x float> %o.sroa.4.0, ptr %523, align 64
  store <16 x float> %o.sroa.8.0, ptr %526, align 64
  store <16 x float> %o.sroa.12.0, ptr %529, align 64
  store <16 x float> %o.sroa.16.0, ptr %532, align 64
  store <16 x float> %o.sroa.20.0, ptr %535, align 64
  store <16 x float> %o.sroa.24.0, ptr %538, align 64
  store <16 x float> %o.sroa.28.0, ptr %541, align 64
  store <16 x float> %o.sroa.32.0, ptr %544, align 64
  store <16 x float> %o.sroa.36.0, ptr %547, align 64
  store <16 x float> %o.sroa.40.0, ptr %550, align 64
  store <16 x float> %o.sroa.44.0, ptr %553, align 64
  store <16 x float> %o.sroa.48.0, ptr %556, align 64
  store <16 x float> %o.sroa.52.0, ptr %559, align 64
  store <16 x float> %o.sroa.56.0, ptr %562, align 64
  store <16 x float> %o.sroa.60.0, ptr %565, align 64
  %609 = add nsw i32 %pvblock115, 1
  br label %pvblock

orow136:                                          ; preds = %written, %exit30
  %orow140 = phi i32 [ 0, %exit30 ], [ %643, %written ]
  %610 = icmp slt i32 %orow140, %nrows
  br i1 %610, label %body137, label %done

body137:                                          ; preds = %orow136
  %611 = sext i32 %orow140 to i64
  %612 = getelementptr float, ptr %ms, i64 %611
  %m141 = load float, ptr %612, align 4
  %613 = getelementptr float, ptr %ls, i64 %611
  %l = load float, ptr %613, align 4
  %614 = sdiv i32 %orow140, 32
  %615 = srem i32 %orow140, 32
  %616 = sext i32 %614 to i64
  %617 = mul i64 %616, 16384
  %618 = getelementptr i32, ptr %ot, i64 %617
  br label %otrow

otrow:                                            ; preds = %body142, %body137
  %otrow145 = phi i32 [ 0, %body137 ], [ %627, %body142 ]
  %619 = icmp slt i32 %otrow145, 512
  br i1 %619, label %body142, label %exit144

body142:                                          ; preds = %otrow
  %620 = sext i32 %615 to i64
  %621 = sext i32 %otrow145 to i64
  %622 = mul i64 %621, 32
  %623 = add i64 %622, %620
  %624 = getelementptr i32, ptr %618, i64 %623
  %625 = load float, ptr %624, align 4
  %626 = getelementptr i32, ptr %rowbuf, i64 %621
  store float %625, ptr %626, align 4
  %627 = add nsw i32 %otrow145, 1
  br label %otrow

exit144:                                          ; preds = %otrow
  %628 = icmp ne ptr %part, null
  br i1 %628, label %partial, label %final

partial:                                          ; preds = %exit144
  %629 = sext i32 %nrows to i64
  %630 = mul i64 %611, 512
  %631 = getelementptr float, ptr %part, i64 %630
  br label %chunk146

final:                                            ; preds = %exit144
  %632 = sdiv i32 %orow140, %nh
  %qi151 = add i32 %q_begin, %632
  %633 = srem i32 %orow140, %nh
  %h152 = add i32 %h_begin, %633
  %634 = mul i32 %kv_head, 128
  %hq153 = add i32 %634, %h152
  %635 = sext i32 %qi151 to i64
  %636 = add i64 %q_row0, %635
  %637 = mul i64 %636, 128
  %638 = sext i32 %hq153 to i64
  %orow154 = add i64 %637, %638
  %639 = fcmp oeq float %l, 0.000000e+00
  %640 = fdiv float 1.000000e+00, %l
  %641 = select i1 %639, float 0.000000e+00, float %640
  %642 = insertelement <16 x float> poison, float %641, i32 0
  %splat155 = shufflevector <16 x float> %642, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk156

written:                                          ; preds = %exit159, %exit149
  %643 = add nsw i32 %orow140, 1
  br label %orow136

chunk146:                                         ; preds = %body147, %partial
  %chunk150 = phi i64 [ 0, %partial ], [ %649, %body147 ]
  %644 = icmp slt i64 %chunk150, 32
  br i1 %644, label %body147, label %exit149

body147:                                          ; preds = %chunk146
  %645 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk150
  %646 = load <16 x float>, ptr %645, align 64
  %647 = mul i64 %chunk150, 64
  %648 = getelementptr i8, ptr %631, i64 %647
  store <16 x float> %646, ptr %648, align 4
  %649 = add nsw i64 %chunk150, 1
  br label %chunk146

exit149:                                          ; preds = %chunk146
  %650 = mul i64 %629, 512
  %651 = add i64 %650, %611
  %652 = getelementptr float, ptr %part, i64 %651
  store float %m141, ptr %652, align 4
  %653 = add i64 %651, %629
  %654 = getelementptr float, ptr %part, i64 %653
  store float %l, ptr %654, align 4
  br label %written

chunk156:                                         ; preds = %body157, %final
  %chunk160 = phi i64 [ 0, %final ], [ %661, %body157 ]
  %655 = icmp slt i64 %chunk160, 32
  br i1 %655, label %body157, label %exit159

body157:                                          ; preds = %chunk156
  %656 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk160
  %657 = load <16 x float>, ptr %656, align 64
  %658 = fmul <16 x float> %657, %splat155
  %659 = mul i64 %chunk160, 64
  %660 = getelementptr i8, ptr %rowbuf, i64 %659
  store <16 x float> %658, ptr %660, align 4
  %661 = add nsw i64 %chunk160, 1
  br label %chunk156

exit159:                                          ; preds = %chunk156
  %u = select i1 %639, ptr null, ptr %rowbuf
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
