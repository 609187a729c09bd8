; ModuleID = 'deepseek_mla'
source_filename = "deepseek_mla"
target triple = "x86_64-unknown-linux-gnu"

@deepseek_mla.name = private unnamed_addr constant [13 x i8] c"deepseek_mla\00"
@deepseek_mla.spec = private unnamed_addr constant [392 x i8] c"attncc: 1\0Aname: deepseek_mla\0Aphase: decode\0Akind: self\0Aheads: {q: 128, kv: 128, dim: 192, v_dim: 128}\0Atypes: {q: bf16, cache: bf16, out: bf16}\0Ascale: auto\0Acache: {store: latent, layout: contiguous, order: token_major, capacity: 16384, latent_dim: 512, rope_dim: 64, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: false}\0Aslim: {order: auto}\0Amodel: {layers: 61, d_model: 7168}\0A\00"
@deepseek_mla_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 -5563823977153995433, ptr @deepseek_mla.name, ptr @deepseek_mla.spec, i32 128, i32 128, i32 192, i32 128, i32 2, i32 2, i32 2, i32 0, i32 0, i32 0, i32 16384, i32 1, i32 0, float 0x3FB279A740000000, i32 3, i32 576, i32 64, ptr null, i32 0, i32 0, i32 0, i32 0, float 0.000000e+00, i32 0, i32 0, i32 0, i32 0, i32 0, ptr null }, align 8
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
  %12 = getelementptr i8, ptr %1, i64 44
  %13 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 40
  %16 = getelementptr i8, ptr %0, i64 48
  %17 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %17, align 8
  %18 = sext i32 %seq to i64
  %19 = mul i64 %18, 18874368
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = sext i32 %kv_head to i64
  %22 = icmp sgt i32 %nrows, 0
  br i1 %22, label %qrow, label %done

done:                                             ; preds = %orow137, %entry
  ret void

qrow:                                             ; preds = %entry, %exit22
  %qrow1 = phi i32 [ %216, %exit22 ], [ 0, %entry ]
  %23 = icmp slt i32 %qrow1, 32
  br i1 %23, label %body, label %otzero

body:                                             ; preds = %qrow
  %24 = icmp slt i32 %qrow1, %nrows
  %25 = sub i32 %nrows, 1
  %26 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %25)
  %27 = sdiv i32 %26, %nh
  %qi = add i32 %q_begin, %27
  %28 = srem i32 %26, %nh
  %29 = add i32 %h_begin, %28
  %30 = mul i32 %kv_head, 128
  %hq = add i32 %30, %29
  %31 = sext i32 %qi to i64
  %32 = add i64 %q_row0, %31
  %33 = mul i64 %32, 128
  %34 = sext i32 %hq to i64
  %orow = add i64 %33, %34
  %35 = mul i64 %orow, 384
  %36 = getelementptr i8, ptr %q, i64 %35
  %37 = select i1 %24, float 0x3FBAA772A0000000, float 0.000000e+00
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
  %qpos = add i32 %q_pos0, %qi
  %200 = add i32 %qpos, 1
  %201 = call i32 @llvm.smin.i32(i32 %200, i32 %k_end)
  store i32 %201, ptr %199, align 4
  %202 = sdiv i32 %qrow1, 32
  %203 = sext i32 %202 to i64
  %204 = mul i64 %203, 18432
  %205 = getelementptr i32, ptr %qt, i64 %204
  %206 = srem i32 %qrow1, 32
  br label %qcol

qcol:                                             ; preds = %body20, %exit17
  %qcol23 = phi i32 [ 0, %exit17 ], [ %215, %body20 ]
  %207 = icmp slt i32 %qcol23, 576
  br i1 %207, label %body20, label %exit22

body20:                                           ; preds = %qcol
  %208 = sext i32 %qcol23 to i64
  %209 = getelementptr i32, ptr %rowbuf, i64 %208
  %210 = load float, ptr %209, align 4
  %211 = sext i32 %206 to i64
  %212 = mul i64 %208, 32
  %213 = add i64 %212, %211
  %214 = getelementptr i32, ptr %205, i64 %213
  store float %210, ptr %214, align 4
  %215 = add nsw i32 %qcol23, 1
  br label %qcol

exit22:                                           ; preds = %qcol
  %216 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body24
  %otzero27 = phi i32 [ %221, %body24 ], [ 0, %qrow ]
  %217 = icmp slt i32 %otzero27, 1024
  br i1 %217, label %body24, label %exit26

body24:                                           ; preds = %otzero
  %218 = sext i32 %otzero27 to i64
  %219 = mul i64 %218, 16
  %220 = getelementptr i32, ptr %ot, i64 %219
  store <16 x float> zeroinitializer, ptr %220, align 64
  %221 = add nsw i32 %otzero27, 1
  br label %otzero

exit26:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %222 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %222, align 64
  %223 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %223, align 64
  %224 = sub i32 %nrows, 1
  %225 = sext i32 %224 to i64
  %226 = getelementptr i32, ptr %lims, i64 %225
  %fact = load i32, ptr %226, align 4
  %k_last = sub i32 %fact, 1
  br label %ktile

ktile:                                            ; preds = %exit55, %exit26
  %ktile31 = phi i32 [ %k_begin, %exit26 ], [ %288, %exit55 ]
  %227 = icmp slt i32 %ktile31, %fact
  br i1 %227, label %body28, label %exit30

body28:                                           ; preds = %ktile
  %228 = sub i32 %fact, %ktile31
  %229 = call i32 @llvm.smin.i32(i32 12, i32 %228)
  %230 = add i32 %229, 11
  %231 = sdiv i32 %230, 12
  %232 = mul i32 %231, 12
  br label %kpack

exit30:                                           ; preds = %ktile
  %233 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %233, ptr %ms, align 64
  %234 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %234, ptr %ls, align 64
  %235 = getelementptr float, ptr %ms, i64 16
  %236 = load <16 x float>, ptr %222, align 64
  store <16 x float> %236, ptr %235, align 64
  %237 = getelementptr float, ptr %ls, i64 16
  %238 = load <16 x float>, ptr %223, align 64
  store <16 x float> %238, ptr %237, align 64
  br label %orow137

kpack:                                            ; preds = %exit39, %body28
  %kpack35 = phi i32 [ 0, %body28 ], [ %258, %exit39 ]
  %239 = icmp slt i32 %kpack35, %232
  br i1 %239, label %body32, label %vpack

body32:                                           ; preds = %kpack
  %240 = add i32 %ktile31, %kpack35
  %241 = call i32 @llvm.smin.i32(i32 %240, i32 %k_last)
  %242 = sext i32 %241 to i64
  %row = add i64 %21, %242
  %243 = mul i64 %row, 1152
  %244 = getelementptr i8, ptr %20, i64 %243
  %245 = sext i32 %kpack35 to i64
  %246 = mul i64 %245, 576
  %247 = getelementptr i32, ptr %kbuf, i64 %246
  br label %chunk36

chunk36:                                          ; preds = %body37, %body32
  %chunk40 = phi i64 [ 0, %body32 ], [ %257, %body37 ]
  %248 = icmp slt i64 %chunk40, 36
  br i1 %248, label %body37, label %exit39

body37:                                           ; preds = %chunk36
  %249 = mul i64 %chunk40, 16
  %250 = mul i64 %249, 4
  %251 = mul i64 %249, 2
  %252 = getelementptr i8, ptr %244, i64 %251
  %253 = load <16 x i16>, ptr %252, align 2
  %254 = zext <16 x i16> %253 to <16 x i32>
  %255 = shl <16 x i32> %254, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1641 = bitcast <16 x i32> %255 to <16 x float>
  %256 = getelementptr i8, ptr %247, i64 %250
  store <16 x float> %bf1641, ptr %256, align 64
  %257 = add nsw i64 %chunk40, 1
  br label %chunk36

exit39:                                           ; preds = %chunk36
  %258 = add nsw i32 %kpack35, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %exit50
  %vpack45 = phi i32 [ %278, %exit50 ], [ 0, %kpack ]
  %259 = icmp slt i32 %vpack45, %229
  br i1 %259, label %body42, label %exit44

body42:                                           ; preds = %vpack
  %260 = add i32 %ktile31, %vpack45
  %261 = sext i32 %260 to i64
  %row46 = add i64 %21, %261
  %262 = mul i64 %row46, 1152
  %263 = getelementptr i8, ptr %20, i64 %262
  %264 = sext i32 %vpack45 to i64
  %265 = mul i64 %264, 512
  %266 = getelementptr i32, ptr %vbuf, i64 %265
  br label %chunk47

exit44:                                           ; preds = %vpack
  %267 = add i32 %nrows, 31
  %nblk = sdiv i32 %267, 32
  br label %rblock

chunk47:                                          ; preds = %body48, %body42
  %chunk51 = phi i64 [ 0, %body42 ], [ %277, %body48 ]
  %268 = icmp slt i64 %chunk51, 32
  br i1 %268, label %body48, label %exit50

body48:                                           ; preds = %chunk47
  %269 = mul i64 %chunk51, 16
  %270 = mul i64 %269, 4
  %271 = mul i64 %269, 2
  %272 = getelementptr i8, ptr %263, i64 %271
  %273 = load <16 x i16>, ptr %272, align 2
  %274 = zext <16 x i16> %273 to <16 x i32>
  %275 = shl <16 x i32> %274, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %bf1652 = bitcast <16 x i32> %275 to <16 x float>
  %276 = getelementptr i8, ptr %266, i64 %270
  store <16 x float> %bf1652, ptr %276, align 64
  %277 = add nsw i64 %chunk51, 1
  br label %chunk47

exit50:                                           ; preds = %chunk47
  %278 = add nsw i32 %vpack45, 1
  br label %vpack

rblock:                                           ; preds = %join, %exit44
  %rblock56 = phi i32 [ 0, %exit44 ], [ %302, %join ]
  %279 = icmp slt i32 %rblock56, %nblk
  br i1 %279, label %body53, label %exit55

body53:                                           ; preds = %rblock
  %280 = sext i32 %rblock56 to i64
  %281 = mul i32 %rblock56, 32
  %282 = add i32 %281, 31
  %283 = sext i32 %282 to i64
  %284 = getelementptr i32, ptr %lims, i64 %283
  %fact57 = load i32, ptr %284, align 4
  %285 = sub i32 %fact57, %ktile31
  %286 = call i32 @llvm.smin.i32(i32 %229, i32 %285)
  %287 = icmp sgt i32 %286, 0
  br i1 %287, label %rvisit, label %join

exit55:                                           ; preds = %rblock
  %288 = add nsw i32 %ktile31, 12
  br label %ktile

rvisit:                                           ; preds = %body53
  %289 = mul i64 %280, 18432
  %290 = getelementptr i32, ptr %qt, i64 %289
  %291 = mul i64 %280, 16384
  %292 = getelementptr i32, ptr %ot, i64 %291
  %293 = mul i64 %280, 2
  %294 = getelementptr <16 x float>, ptr %mv, i64 %293
  %295 = getelementptr <16 x float>, ptr %lv, i64 %293
  %296 = mul i64 %280, 32
  %297 = getelementptr i32, ptr %lims, i64 %296
  %298 = load <16 x i32>, ptr %297, align 64
  %299 = add i64 %296, 16
  %300 = getelementptr i32, ptr %lims, i64 %299
  %301 = load <16 x i32>, ptr %300, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body53
  %302 = add nsw i32 %rblock56, 1
  br label %rblock

sblock:                                           ; preds = %exit64, %rvisit
  %sblock61 = phi i32 [ 0, %rvisit ], [ %386, %exit64 ]
  %303 = icmp slt i32 %sblock61, %286
  br i1 %303, label %body58, label %smask

body58:                                           ; preds = %sblock
  %304 = sext i32 %sblock61 to i64
  %305 = mul i64 %304, 576
  %306 = getelementptr i32, ptr %kbuf, i64 %305
  br label %sdim

sdim:                                             ; preds = %body62, %body58
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %359, %body62 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %358, %body62 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %355, %body62 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %354, %body62 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %351, %body62 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %350, %body62 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %347, %body62 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %346, %body62 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %343, %body62 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %342, %body62 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %339, %body62 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %338, %body62 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %335, %body62 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %334, %body62 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %331, %body62 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %330, %body62 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %327, %body62 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %326, %body62 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %323, %body62 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %322, %body62 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %319, %body62 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %318, %body62 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %315, %body62 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body58 ], [ %314, %body62 ]
  %sdim65 = phi i32 [ 0, %body58 ], [ %360, %body62 ]
  %307 = icmp slt i32 %sdim65, 576
  br i1 %307, label %body62, label %exit64

body62:                                           ; preds = %sdim
  %308 = sext i32 %sdim65 to i64
  %309 = mul i64 %308, 32
  %310 = getelementptr i32, ptr %290, i64 %309
  %qt66 = load <16 x float>, ptr %310, align 64
  %311 = getelementptr i32, ptr %310, i64 16
  %qt67 = load <16 x float>, ptr %311, align 64
  %312 = getelementptr i32, ptr %306, i64 %308
  %k = load float, ptr %312, align 4
  %313 = insertelement <16 x float> poison, float %k, i32 0
  %splat68 = shufflevector <16 x float> %313, <16 x float> poison, <16 x i32> zeroinitializer
  %314 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat68, <16 x float> %sacc.sroa.0.0)
  %315 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat68, <16 x float> %sacc.sroa.4.0)
  %316 = getelementptr i32, ptr %312, i64 576
  %k69 = load float, ptr %316, align 4
  %317 = insertelement <16 x float> poison, float %k69, i32 0
  %splat70 = shufflevector <16 x float> %317, <16 x float> poison, <16 x i32> zeroinitializer
  %318 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat70, <16 x float> %sacc.sroa.8.0)
  %319 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat70, <16 x float> %sacc.sroa.12.0)
  %320 = getelementptr i32, ptr %312, i64 1152
  %k71 = load float, ptr %320, align 4
  %321 = insertelement <16 x float> poison, float %k71, i32 0
  %splat72 = shufflevector <16 x float> %321, <16 x float> poison, <16 x i32> zeroinitializer
  %322 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat72, <16 x float> %sacc.sroa.16.0)
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat72, <16 x float> %sacc.sroa.20.0)
  %324 = getelementptr i32, ptr %312, i64 1728
  %k73 = load float, ptr %324, align 4
  %325 = insertelement <16 x float> poison, float %k73, i32 0
  %splat74 = shufflevector <16 x float> %325, <16 x float> poison, <16 x i32> zeroinitializer
  %326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat74, <16 x float> %sacc.sroa.24.0)
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat74, <16 x float> %sacc.sroa.28.0)
  %328 = getelementptr i32, ptr %312, i64 2304
  %k75 = load float, ptr %328, align 4
  %329 = insertelement <16 x float> poison, float %k75, i32 0
  %splat76 = shufflevector <16 x float> %329, <16 x float> poison, <16 x i32> zeroinitializer
  %330 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat76, <16 x float> %sacc.sroa.32.0)
  %331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat76, <16 x float> %sacc.sroa.36.0)
  %332 = getelementptr i32, ptr %312, i64 2880
  %k77 = load float, ptr %332, align 4
  %333 = insertelement <16 x float> poison, float %k77, i32 0
  %splat78 = shufflevector <16 x float> %333, <16 x float> poison, <16 x i32> zeroinitializer
  %334 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat78, <16 x float> %sacc.sroa.40.0)
  %335 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat78, <16 x float> %sacc.sroa.44.0)
  %336 = getelementptr i32, ptr %312, i64 3456
  %k79 = load float, ptr %336, align 4
  %337 = insertelement <16 x float> poison, float %k79, i32 0
  %splat80 = shufflevector <16 x float> %337, <16 x float> poison, <16 x i32> zeroinitializer
  %338 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat80, <16 x float> %sacc.sroa.48.0)
  %339 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat80, <16 x float> %sacc.sroa.52.0)
  %340 = getelementptr i32, ptr %312, i64 4032
  %k81 = load float, ptr %340, align 4
  %341 = insertelement <16 x float> poison, float %k81, i32 0
  %splat82 = shufflevector <16 x float> %341, <16 x float> poison, <16 x i32> zeroinitializer
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat82, <16 x float> %sacc.sroa.56.0)
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat82, <16 x float> %sacc.sroa.60.0)
  %344 = getelementptr i32, ptr %312, i64 4608
  %k83 = load float, ptr %344, align 4
  %345 = insertelement <16 x float> poison, float %k83, i32 0
  %splat84 = shufflevector <16 x float> %345, <16 x float> poison, <16 x i32> zeroinitializer
  %346 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat84, <16 x float> %sacc.sroa.64.0)
  %347 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat84, <16 x float> %sacc.sroa.68.0)
  %348 = getelementptr i32, ptr %312, i64 5184
  %k85 = load float, ptr %348, align 4
  %349 = insertelement <16 x float> poison, float %k85, i32 0
  %splat86 = shufflevector <16 x float> %349, <16 x float> poison, <16 x i32> zeroinitializer
  %350 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat86, <16 x float> %sacc.sroa.72.0)
  %351 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat86, <16 x float> %sacc.sroa.76.0)
  %352 = getelementptr i32, ptr %312, i64 5760
  %k87 = load float, ptr %352, align 4
  %353 = insertelement <16 x float> poison, float %k87, i32 0
  %splat88 = shufflevector <16 x float> %353, <16 x float> poison, <16 x i32> zeroinitializer
  %354 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat88, <16 x float> %sacc.sroa.80.0)
  %355 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat88, <16 x float> %sacc.sroa.84.0)
  %356 = getelementptr i32, ptr %312, i64 6336
  %k89 = load float, ptr %356, align 4
  %357 = insertelement <16 x float> poison, float %k89, i32 0
  %splat90 = shufflevector <16 x float> %357, <16 x float> poison, <16 x i32> zeroinitializer
  %358 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt66, <16 x float> %splat90, <16 x float> %sacc.sroa.88.0)
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt67, <16 x float> %splat90, <16 x float> %sacc.sroa.92.0)
  %360 = add nsw i32 %sdim65, 1
  br label %sdim

exit64:                                           ; preds = %sdim
  %361 = mul i64 %304, 32
  %362 = getelementptr i32, ptr %st, i64 %361
  store <16 x float> %sacc.sroa.0.0, ptr %362, align 64
  %363 = getelementptr i32, ptr %362, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %363, align 64
  %364 = getelementptr i32, ptr %362, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %364, align 64
  %365 = getelementptr i32, ptr %362, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %365, align 64
  %366 = getelementptr i32, ptr %362, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %366, align 64
  %367 = getelementptr i32, ptr %362, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %367, align 64
  %368 = getelementptr i32, ptr %362, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %368, align 64
  %369 = getelementptr i32, ptr %362, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %369, align 64
  %370 = getelementptr i32, ptr %362, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %370, align 64
  %371 = getelementptr i32, ptr %362, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %371, align 64
  %372 = getelementptr i32, ptr %362, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %372, align 64
  %373 = getelementptr i32, ptr %362, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %373, align 64
  %374 = getelementptr i32, ptr %362, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %374, align 64
  %375 = getelementptr i32, ptr %362, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %375, align 64
  %376 = getelementptr i32, ptr %362, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %376, align 64
  %377 = getelementptr i32, ptr %362, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %377, align 64
  %378 = getelementptr i32, ptr %362, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %378, align 64
  %379 = getelementptr i32, ptr %362, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %379, align 64
  %380 = getelementptr i32, ptr %362, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %380, align 64
  %381 = getelementptr i32, ptr %362, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %381, align 64
  %382 = getelementptr i32, ptr %362, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %382, align 64
  %383 = getelementptr i32, ptr %362, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %383, align 64
  %384 = getelementptr i32, ptr %362, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %384, align 64
  %385 = getelementptr i32, ptr %362, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %385, align 64
  %386 = add nsw i32 %sblock61, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body91
  %tmax.sroa.4.0 = phi <16 x float> [ %400, %body91 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %395, %body91 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask94 = phi i32 [ %401, %body91 ], [ 0, %sblock ]
  %387 = icmp slt i32 %smask94, %286
  br i1 %387, label %body91, label %exit93

body91:                                           ; preds = %smask
  %388 = add i32 %ktile31, %smask94
  %389 = insertelement <16 x i32> poison, i32 %388, i32 0
  %splat95 = shufflevector <16 x i32> %389, <16 x i32> poison, <16 x i32> zeroinitializer
  %390 = sext i32 %smask94 to i64
  %391 = mul i64 %390, 32
  %392 = getelementptr i32, ptr %st, i64 %391
  %s = load <16 x float>, ptr %392, align 64
  %393 = icmp slt <16 x i32> %splat95, %298
  %394 = select <16 x i1> %393, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %394, ptr %392, align 64
  %395 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %394)
  %396 = add i64 %391, 16
  %397 = getelementptr i32, ptr %st, i64 %396
  %s96 = load <16 x float>, ptr %397, align 64
  %398 = icmp slt <16 x i32> %splat95, %301
  %399 = select <16 x i1> %398, <16 x float> %s96, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %399, ptr %397, align 64
  %400 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %399)
  %401 = add nsw i32 %smask94, 1
  br label %smask

exit93:                                           ; preds = %smask
  %m = load <16 x float>, ptr %294, align 64
  %402 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %403 = fcmp oeq <16 x float> %402, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse97 = select <16 x i1> %403, <16 x float> zeroinitializer, <16 x float> %402
  %404 = fsub <16 x float> %m, %muse97
  %405 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %404, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %406 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %405, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %407 = fadd <16 x float> %406, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %407, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %406, %n
  %408 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %409 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %408, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %409, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %411 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %410, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %411, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %412, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %414 = fptosi <16 x float> %n to <16 x i32>
  %415 = add <16 x i32> %414, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %416 = shl <16 x i32> %415, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %417 = bitcast <16 x i32> %416 to <16 x float>
  %exp2 = fmul <16 x float> %413, %417
  store <16 x float> %402, ptr %294, align 64
  %418 = getelementptr <16 x float>, ptr %294, i64 1
  %m98 = load <16 x float>, ptr %418, align 64
  %419 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m98, <16 x float> %tmax.sroa.4.0)
  %420 = fcmp oeq <16 x float> %419, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse99 = select <16 x i1> %420, <16 x float> zeroinitializer, <16 x float> %419
  %421 = fsub <16 x float> %m98, %muse99
  %422 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %421, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %423 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %422, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %424 = fadd <16 x float> %423, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n100 = fsub <16 x float> %424, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f101 = fsub <16 x float> %423, %n100
  %425 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f101, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %426 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %425, <16 x float> %f101, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %427 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %426, <16 x float> %f101, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %428 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %427, <16 x float> %f101, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %429 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %428, <16 x float> %f101, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %430 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %429, <16 x float> %f101, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %431 = fptosi <16 x float> %n100 to <16 x i32>
  %432 = add <16 x i32> %431, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %433 = shl <16 x i32> %432, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %434 = bitcast <16 x i32> %433 to <16 x float>
  %exp2102 = fmul <16 x float> %430, %434
  store <16 x float> %419, ptr %418, align 64
  br label %sexp

sexp:                                             ; preds = %body103, %exit93
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit93 ], [ %472, %body103 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit93 ], [ %454, %body103 ]
  %sexp106 = phi i32 [ 0, %exit93 ], [ %473, %body103 ]
  %435 = icmp slt i32 %sexp106, %286
  br i1 %435, label %body103, label %exit105

body103:                                          ; preds = %sexp
  %436 = sext i32 %sexp106 to i64
  %437 = mul i64 %436, 32
  %438 = getelementptr i32, ptr %st, i64 %437
  %439 = load <16 x float>, ptr %438, align 64
  %440 = fsub <16 x float> %439, %muse97
  %441 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %440, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %442 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %441, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %443 = fadd <16 x float> %442, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n107 = fsub <16 x float> %443, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f108 = fsub <16 x float> %442, %n107
  %444 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f108, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %445 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %444, <16 x float> %f108, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %446 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %445, <16 x float> %f108, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %447 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %446, <16 x float> %f108, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %448 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %447, <16 x float> %f108, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %449 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %448, <16 x float> %f108, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %450 = fptosi <16 x float> %n107 to <16 x i32>
  %451 = add <16 x i32> %450, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %452 = shl <16 x i32> %451, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %453 = bitcast <16 x i32> %452 to <16 x float>
  %exp2109 = fmul <16 x float> %449, %453
  store <16 x float> %exp2109, ptr %438, align 64
  %454 = fadd <16 x float> %lsum.sroa.0.0, %exp2109
  %455 = add i64 %437, 16
  %456 = getelementptr i32, ptr %st, i64 %455
  %457 = load <16 x float>, ptr %456, align 64
  %458 = fsub <16 x float> %457, %muse99
  %459 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %458, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %460 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %459, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %461 = fadd <16 x float> %460, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n110 = fsub <16 x float> %461, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f111 = fsub <16 x float> %460, %n110
  %462 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f111, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %463 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %462, <16 x float> %f111, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %464 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %463, <16 x float> %f111, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %464, <16 x float> %f111, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %466 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %465, <16 x float> %f111, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %467 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %466, <16 x float> %f111, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %468 = fptosi <16 x float> %n110 to <16 x i32>
  %469 = add <16 x i32> %468, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %470 = shl <16 x i32> %469, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %471 = bitcast <16 x i32> %470 to <16 x float>
  %exp2112 = fmul <16 x float> %467, %471
  store <16 x float> %exp2112, ptr %456, align 64
  %472 = fadd <16 x float> %lsum.sroa.4.0, %exp2112
  %473 = add nsw i32 %sexp106, 1
  br label %sexp

exit105:                                          ; preds = %sexp
  %474 = load <16 x float>, ptr %295, align 64
  %475 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %474, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %475, ptr %295, align 64
  %476 = getelementptr <16 x float>, ptr %295, i64 1
  %477 = load <16 x float>, ptr %476, align 64
  %478 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %477, <16 x float> %exp2102, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %478, ptr %476, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit119, %exit105
  %pvblock116 = phi i32 [ 0, %exit105 ], [ %572, %exit119 ]
  %479 = icmp slt i32 %pvblock116, 64
  br i1 %479, label %body113, label %join

body113:                                          ; preds = %pvblock
  %480 = mul i32 %pvblock116, 8
  %481 = sext i32 %480 to i64
  %482 = mul i64 %481, 32
  %483 = getelementptr i32, ptr %292, i64 %482
  %484 = load <16 x float>, ptr %483, align 64
  %485 = fmul <16 x float> %484, %exp2
  %486 = getelementptr i32, ptr %483, i64 16
  %487 = load <16 x float>, ptr %486, align 64
  %488 = fmul <16 x float> %487, %exp2102
  %489 = getelementptr i32, ptr %483, i64 32
  %490 = load <16 x float>, ptr %489, align 64
  %491 = fmul <16 x float> %490, %exp2
  %492 = getelementptr i32, ptr %483, i64 48
  %493 = load <16 x float>, ptr %492, align 64
  %494 = fmul <16 x float> %493, %exp2102
  %495 = getelementptr i32, ptr %483, i64 64
  %496 = load <16 x float>, ptr %495, align 64
  %497 = fmul <16 x float> %496, %exp2
  %498 = getelementptr i32, ptr %483, i64 80
  %499 = load <16 x float>, ptr %498, align 64
  %500 = fmul <16 x float> %499, %exp2102
  %501 = getelementptr i32, ptr %483, i64 96
  %502 = load <16 x float>, ptr %501, align 64
  %503 = fmul <16 x float> %502, %exp2
  %504 = getelementptr i32, ptr %483, i64 112
  %505 = load <16 x float>, ptr %504, align 64
  %506 = fmul <16 x float> %505, %exp2102
  %507 = getelementptr i32, ptr %483, i64 128
  %508 = load <16 x float>, ptr %507, align 64
  %509 = fmul <16 x float> %508, %exp2
  %510 = getelementptr i32, ptr %483, i64 144
  %511 = load <16 x float>, ptr %510, align 64
  %512 = fmul <16 x float> %511, %exp2102
  %513 = getelementptr i32, ptr %483, i64 160
  %514 = load <16 x float>, ptr %513, align 64
  %515 = fmul <16 x float> %514, %exp2
  %516 = getelementptr i32, ptr %483, i64 176
  %517 = load <16 x float>, ptr %516, align 64
  %518 = fmul <16 x float> %517, %exp2102
  %519 = getelementptr i32, ptr %483, i64 192
  %520 = load <16 x float>, ptr %519, align 64
  %521 = fmul <16 x float> %520, %exp2
  %522 = getelementptr i32, ptr %483, i64 208
  %523 = load <16 x float>, ptr %522, align 64
  %524 = fmul <16 x float> %523, %exp2102
  %525 = getelementptr i32, ptr %483, i64 224
  %526 = load <16 x float>, ptr %525, align 64
  %527 = fmul <16 x float> %526, %exp2
  %528 = getelementptr i32, ptr %483, i64 240
  %529 = load <16 x float>, ptr %528, align 64
  %530 = fmul <16 x float> %529, %exp2102
  br label %kpv

kpv:                                              ; preds = %body117, %body113
  %o.sroa.44.0 = phi <16 x float> [ %518, %body113 ], [ %562, %body117 ]
  %o.sroa.40.0 = phi <16 x float> [ %515, %body113 ], [ %561, %body117 ]
  %o.sroa.36.0 = phi <16 x float> [ %512, %body113 ], [ %558, %body117 ]
  %o.sroa.32.0 = phi <16 x float> [ %509, %body113 ], [ %557, %body117 ]
  %o.sroa.28.0 = phi <16 x float> [ %506, %body113 ], [ %554, %body117 ]
  %o.sroa.24.0 = phi <16 x float> [ %503, %body113 ], [ %553, %body117 ]
  %o.sroa.20.0 = phi <16 x float> [ %500, %body113 ], [ %550, %body117 ]
  %o.sroa.16.0 = phi <16 x float> [ %497, %body113 ], [ %549, %body117 ]
  %o.sroa.12.0 = phi <16 x float> [ %494, %body113 ], [ %546, %body117 ]
  %o.sroa.8.0 = phi <16 x float> [ %491, %body113 ], [ %545, %body117 ]
  %o.sroa.4.0 = phi <16 x float> [ %488, %body113 ], [ %542, %body117 ]
  %o.sroa.0.0 = phi <16 x float> [ %485, %body113 ], [ %541, %body117 ]
  %o.sroa.48.0 = phi <16 x float> [ %521, %body113 ], [ %565, %body117 ]
  %o.sroa.52.0 = phi <16 x float> [ %524, %body113 ], [ %566, %body117 ]
  %o.sroa.56.0 = phi <16 x float> [ %527, %body113 ], [ %569, %body117 ]
  %o.sroa.60.0 = phi <16 x float> [ %530, %body113 ], [ %570, %body117 ]
  %kpv120 = phi i32 [ 0, %body113 ], [ %571, %body117 ]
  %531 = icmp slt i32 %kpv120, %286
  br i1 %531, label %body117, label %exit119

body117:                                          ; preds = %kpv
  %532 = sext i32 %kpv120 to i64
  %533 = mul i64 %532, 32
  %534 = getelementptr i32, ptr %st, i64 %533
  %p = load <16 x float>, ptr %534, align 64
  %535 = add i64 %533, 16
  %536 = getelementptr i32, ptr %st, i64 %535
  %p121 = load <16 x float>, ptr %536, align 64
  %537 = mul i64 %532, 2048
  %538 = getelementptr i8, ptr %vbuf, i64 %537
  %539 = getelementptr i32, ptr %538, i64 %481
  %v = load float, ptr %539, align 4
  %540 = insertelement <16 x float> poison, float %v, i32 0
  %splat122 = shufflevector <16 x float> %540, <16 x float> poison, <16 x i32> zeroinitializer
  %541 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat122, <16 x float> %o.sroa.0.0)
  %542 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat122, <16 x float> %o.sroa.4.0)
  %543 = getelementptr i32, ptr %539, i64 1
  %v123 = load float, ptr %543, align 4
  %544 = insertelement <16 x float> poison, float %v123, i32 0
  %splat124 = shufflevector <16 x float> %544, <16 x float> poison, <16 x i32> zeroinitializer
  %545 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat124, <16 x float> %o.sroa.8.0)
  %546 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat124, <16 x float> %o.sroa.12.0)
  %547 = getelementptr i32, ptr %539, i64 2
  %v125 = load float, ptr %547, align 4
  %548 = insertelement <16 x float> poison, float %v125, i32 0
  %splat126 = shufflevector <16 x float> %548, <16 x float> poison, <16 x i32> zeroinitializer
  %549 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat126, <16 x float> %o.sroa.16.0)
  %550 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat126, <16 x float> %o.sroa.20.0)
  %551 = getelementptr i32, ptr %539, i64 3
  %v127 = load float, ptr %551, align 4
  %552 = insertelement <16 x float> poison, float %v127, i32 0
  %splat128 = shufflevector <16 x float> %552, <16 x float> poison, <16 x i32> zeroinitializer
  %553 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat128, <16 x float> %o.sroa.24.0)
  %554 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat128, <16 x float> %o.sroa.28.0)
  %555 = getelementptr i32, ptr %539, i64 4
  %v129 = load float, ptr %555, align 4
  %556 = insertelement <16 x float> poison, float %v129, i32 0
  %splat130 = shufflevector <16 x float> %556, <16 x float> poison, <16 x i32> zeroinitializer
  %557 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat130, <16 x float> %o.sroa.32.0)
  %558 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat130, <16 x float> %o.sroa.36.0)
  %559 = getelementptr i32, ptr %539, i64 5
  %v131 = load float, ptr %559, align 4
  %560 = insertelement <16 x float> poison, float %v131, i32 0
  %splat132 = shufflevector <16 x float> %560, <16 x float> poison, <16 x i32> zeroinitializer
  %561 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat132, <16 x float> %o.sroa.40.0)
  %562 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat132, <16 x float> %o.sroa.44.0)
  %563 = getelementptr i32, ptr %539, i64 6
  %v133 = load float, ptr %563, align 4
  %564 = insertelement <16 x float> poison, float %v133, i32 0
  %splat134 = shufflevector <16 x float> %564, <16 x float> poison, <16 x i32> zeroinitializer
  %565 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat134, <16 x float> %o.sroa.48.0)
  %566 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat134, <16 x float> %o.sroa.52.0)
  %567 = getelementptr i32, ptr %539, i64 7
  %v135 = load float, ptr %567, align 4
  %568 = insertelement <16 x float> poison, float %v135, i32 0
  %splat136 = shufflevector <16 x float> %568, <16 x float> poison, <16 x i32> zeroinitializer
  %569 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat136, <16 x float> %o.sroa.56.0)
  %570 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p121, <16 x float> %splat136, <16 x float> %o.sroa.60.0)
  %571 = add nsw i32 %kpv120, 1
  br label %kpv

exit119:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %483, align 64
  store <16 x float> %o.sroa.4.0, ptr %486, align 64
  store <16 x float> %o.sroa.8.0, ptr %489, align 64
  store <16 x float> %o.sroa.12.0, ptr %492, align 64
  store <16 x float> %o.sroa.16.0, ptr %495, align 64
  store <16 x float> %o.sroa.20.0, ptr %498, align 64
  store <16 x float> %o.sroa.24.0, ptr %501, align 64
  store <16 x float> %o.sroa.28.0, ptr %504, align 64
  store <16 x float> %o.sroa.32.0, ptr %507, align 64
  store <16 x float> %o.sroa.36.0, ptr %510, align 64
  store <16 x float> %o.sroa.40.0, ptr %513, align 64
  store <16 x float> %o.sroa.44.0, ptr %516, align 64
  store <16 x float> %o.sroa.48.0, ptr %519, align 64
  store <16 x float> %o.sroa.52.0, ptr %522, align 64
  store <16 x float> %o.sroa.56.0, ptr %525, align 64
  store <16 x float> %o.sroa.60.0, ptr %528, align 64
  %572 = add nsw i32 %pvblock116, 1
  br label %pvblock

orow137:                                          ; preds = %written, %exit30
  %orow141 = phi i32 [ 0, %exit30 ], [ %607, %written ]
  %573 = icmp slt i32 %orow141, %nrows
  br i1 %573, label %body138, label %done

body138:                                          ; preds = %orow137
  %574 = sext i32 %orow141 to i64
  %575 = getelementptr float, ptr %ms, i64 %574
  %m142 = load float, ptr %575, align 4
  %576 = getelementptr float, ptr %ls, i64 %574
  %l = load float, ptr %576, align 4
  %577 = sdiv i32 %orow141, 32
  %578 = srem i32 %orow141, 32
  %579 = sext i32 %577 to i64
  %580 = mul i64 %579, 16384
  %581 = getelementptr i32, ptr %ot, i64 %580
  br label %otrow

otrow:                                            ; preds = %body143, %body138
  %otrow146 = phi i32 [ 0, %body138 ], [ %590, %body143 ]
  %582 = icmp slt i32 %otrow146, 512
  br i1 %582, label %body143, label %exit145

body143:                                          ; preds = %otrow
  %583 = sext i32 %578 to i64
  %584 = sext i32 %otrow146 to i64
  %585 = mul i64 %584, 32
  %586 = add i64 %585, %583
  %587 = getelementptr i32, ptr %581, i64 %586
  %588 = load float, ptr %587, align 4
  %589 = getelementptr i32, ptr %rowbuf, i64 %584
  store float %588, ptr %589, align 4
  %590 = add nsw i32 %otrow146, 1
  br label %otrow

exit145:                                          ; preds = %otrow
  %591 = icmp ne ptr %part, null
  br i1 %591, label %partial, label %final

partial:                                          ; preds = %exit145
  %592 = sext i32 %nrows to i64
  %593 = mul i64 %574, 512
  %594 = getelementptr float, ptr %part, i64 %593
  br label %chunk147

final:                                            ; preds = %exit145
  %595 = sdiv i32 %orow141, %nh
  %qi152 = add i32 %q_begin, %595
  %596 = srem i32 %orow141, %nh
  %597 = add i32 %h_begin, %596
  %598 = mul i32 %kv_head, 128
  %hq153 = add i32 %598, %597
  %599 = sext i32 %qi152 to i64
  %600 = add i64 %q_row0, %599
  %601 = mul i64 %600, 128
  %602 = sext i32 %hq153 to i64
  %orow154 = add i64 %601, %602
  %603 = fcmp oeq float %l, 0.000000e+00
  %604 = fdiv float 1.000000e+00, %l
  %605 = select i1 %603, float 0.000000e+00, float %604
  %606 = insertelement <16 x float> poison, float %605, i32 0
  %splat155 = shufflevector <16 x float> %606, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk156

written:                                          ; preds = %exit159, %exit150
  %607 = add nsw i32 %orow141, 1
  br label %orow137

chunk147:                                         ; preds = %body148, %partial
  %chunk151 = phi i64 [ 0, %partial ], [ %613, %body148 ]
  %608 = icmp slt i64 %chunk151, 32
  br i1 %608, label %body148, label %exit150

body148:                                          ; preds = %chunk147
  %609 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk151
  %610 = load <16 x float>, ptr %609, align 64
  %611 = mul i64 %chunk151, 64
  %612 = getelementptr i8, ptr %594, i64 %611
  store <16 x float> %610, ptr %612, align 4
  %613 = add nsw i64 %chunk151, 1
  br label %chunk147

exit150:                                          ; preds = %chunk147
  %614 = mul i64 %592, 512
  %615 = add i64 %614, %574
  %616 = getelementptr float, ptr %part, i64 %615
  store float %m142, ptr %616, align 4
  %617 = add i64 %615, %592
  %618 = getelementptr float, ptr %part, i64 %617
  store float %l, ptr %618, align 4
  br label %written

chunk156:                                         ; preds = %body157, %final
  %chunk160 = phi i64 [ 0, %final ], [ %625, %body157 ]
  %619 = icmp slt i64 %chunk160, 32
  br i1 %619, label %body157, label %exit159

body157:                                          ; preds = %chunk156
  %620 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk160
  %621 = load <16 x float>, ptr %620, align 64
  %622 = fmul <16 x float> %621, %splat155
  %623 = mul i64 %chunk160, 64
  %624 = getelementptr i8, ptr %rowbuf, i64 %623
  store <16 x float> %622, ptr %624, align 4
  %625 = add nsw i64 %chunk160, 1
  br label %chunk156

exit159:                                          ; preds = %chunk156
  %u = select i1 %603, ptr null, ptr %rowbuf
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

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
